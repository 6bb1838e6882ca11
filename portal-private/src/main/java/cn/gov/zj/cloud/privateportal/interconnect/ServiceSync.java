package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 23, 24: keeps the public directory of a tenant's public-facing application systems up to
 * date: a system that is (or was) public-facing and changed since its last publication (a trigger
 * counts the changes, see V8) is published again, listed or withdrawn.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServiceSync {

  /** Systems published per tenant and run at most. */
  static final int BATCH = 200;

  private static final String CHANGED =
      "select s.id, s.name, s.description, s.public_facing, p.changed_version, u.name"
          + " from service_publication p join app_system s on s.id = p.system_id"
          + " join using_unit u on u.id = s.unit_id"
          + " where p.tenant_id = ?1 and p.changed_version > p.published_version"
          + " order by p.system_id limit "
          + BATCH;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private Publisher publisher;

  /** Publishes what changed in that tenant; how many systems. */
  public int sync(TenantId tenant) {
    RowScope.tenant(em, tenant);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CHANGED).setParameter(1, tenant.value()).getResultList();
    for (Object[] row : rows) {
      publish(tenant, row);
    }
    return rows.size();
  }

  private void publish(TenantId tenant, Object[] row) {
    Map<String, String> fields = new HashMap<>();
    fields.put("serviceId", row[0].toString());
    fields.put("name", (String) row[1]);
    if (row[2] != null) {
      fields.put("description", (String) row[2]);
    }
    fields.put("unitName", (String) row[5]);
    boolean listed = (Boolean) row[3];
    fields.put("listed", Boolean.toString(listed));
    publisher.publish(MessageType.SERVICE_PUBLISHED, tenant.value(), fields, ChannelAudit.PRIVATE);
    em.createNativeQuery(
            "update service_publication set published_version = greatest(published_version, ?1),"
                + " listed = ?2, published_at = now() where system_id = ?3")
        .setParameter(1, ((Number) row[4]).longValue())
        .setParameter(2, listed)
        .setParameter(3, ((Number) row[0]).longValue())
        .executeUpdate();
  }
}
