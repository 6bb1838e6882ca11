package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.paging.Listing;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Art. 18: the audit viewer of the tenant's {@code security-supervisor} and {@code tenant-admin}:
 * the tenant's records, newest first, filtered ({@link AuditFilter}). The callers record the
 * reading ({@link #viewed}, {@link #exported}), once per query, not once per page turned.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditTrail {

  /** Sort fields of the viewer: the order of appending. */
  public static final Map<String, String> SORTABLE = Map.of("id", "e.id");

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditReads reads;

  /** Art. 18: one page of the tenant's records; 403 for other roles. */
  public Page<AuditEvent> page(AuditFilter filter, PageRequest request) {
    reader();
    return Listing.page(
        em, AuditEvent.class, "AuditEvent e", filter.where(), filter::bind, request, SORTABLE);
  }

  /** Art. 18: records that the actor read the log with this filter. */
  public void viewed(AuditFilter filter) {
    reader();
    reads.record(AuditAction.AUDIT_VIEW, tenant(), filter.described());
  }

  /** Art. 18: records that the actor exported the log with this filter. */
  public void exported(AuditFilter filter, int rows) {
    reader();
    Map<String, Object> details = new java.util.LinkedHashMap<>(filter.described());
    details.put("rows", rows);
    reads.record(AuditAction.AUDIT_EXPORT, tenant(), details);
  }

  private Actor reader() {
    Actor who = actor.get();
    who.require(Role.SECURITY_SUPERVISOR, Role.TENANT_ADMIN);
    return who;
  }

  private String tenant() {
    return actor.get().tenant().id().value();
  }
}
