package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.access.MaterialAccess;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Art. 20 (least privilege on a unit's materials): the unit shares one of an application's
 * materials with the provider without a grant ("与供应商共享"), or stops sharing it; {@link
 * MaterialAccess} lets the provider read a shared one. The unit's staff decide (403 for anyone
 * else), for an application they see (404 otherwise); a material the provider's tasks need anyway
 * is not shared (409). Every change is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MaterialShares {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Applications applications;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 20: shares ({@code true}) or stops sharing a material; answers the state now. */
  public boolean share(long applicationId, long attachmentId, boolean shared) {
    Actor who = actor.get();
    ApplicationAttachment file = attachment(applicationId, attachmentId);
    who.require(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
    if (MaterialAccess.PROVIDER_TASKS.contains(file.getKind())) {
      throw new Conflict("material.share.providerTask");
    }
    boolean before = sharedOf(applicationId).contains(attachmentId);
    em.createNativeQuery(
            "insert into material_share (attachment_id, tenant_id, shared, changed_by, changed_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (attachment_id) do update set"
                + " shared = excluded.shared, changed_by = excluded.changed_by,"
                + " changed_at = excluded.changed_at")
        .setParameter(1, attachmentId)
        .setParameter(2, who.tenant().id().value())
        .setParameter(3, shared)
        .setParameter(4, who.username())
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(
        who,
        AuditAction.MATERIAL_SHARE,
        "attachment",
        attachmentId,
        Map.of("sharedWithProvider", before),
        Map.of("sharedWithProvider", shared, "applicationId", applicationId));
    return shared;
  }

  /** Art. 20: whether the unit shares this material with the provider; 404 as for the file. */
  public boolean shared(long applicationId, long attachmentId) {
    attachment(applicationId, attachmentId);
    return sharedOf(applicationId).contains(attachmentId);
  }

  /** Art. 20: the ids of the application's materials shared with the provider now. */
  public Set<Long> sharedOf(long applicationId) {
    applications.get(applicationId);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select m.attachment_id from material_share m join application_attachment a"
                    + " on a.id = m.attachment_id where a.application_id = ?1 and m.shared"
                    + " and m.tenant_id = ?2")
            .setParameter(1, applicationId)
            .setParameter(2, actor.get().tenant().id().value())
            .getResultList();
    Set<Long> shared = new HashSet<>();
    ids.forEach(id -> shared.add(id.longValue()));
    return shared;
  }

  private ApplicationAttachment attachment(long applicationId, long attachmentId) {
    applications.get(applicationId);
    ApplicationAttachment file = em.find(ApplicationAttachment.class, attachmentId);
    if (file == null || !file.getApplicationId().equals(applicationId)) {
      throw new NotFound("attachment", attachmentId);
    }
    return file;
  }
}
