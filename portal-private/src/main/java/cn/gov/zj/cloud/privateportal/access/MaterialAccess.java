package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Art. 20 (least privilege on a unit's materials): the provider sees what its own tasks need, and
 * the unit's other materials only under the unit's grant. Its tasks (Art. 9 the trial environment,
 * Art. 11 activation and changes, Art. 12 reclaiming) work from the approved plan, the trial and
 * activation data, which the application itself carries, and from one attachment:
 *
 * <ul>
 *   <li>{@link AttachmentKind#BACKUP_CONFIRMATION}: Art. 12, the unit's confirmation that its data
 *       is migrated and backed up, before the provider reclaims the resources.
 * </ul>
 *
 * Every other kind (the construction plan, the self-test report, the functional, performance,
 * security and third-party test reports, other materials) is the unit's: the provider reads it only
 * while an approved, unexpired grant of that system exists (any scope), or where the unit shares
 * that material with it (the application's {@code MaterialShares}), otherwise 403.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MaterialAccess {

  /** Art. 20: the attachment kinds the provider's own tasks need. */
  public static final Set<AttachmentKind> PROVIDER_TASKS =
      EnumSet.of(AttachmentKind.BACKUP_CONFIRMATION);

  private static final Role[] UNRESTRICTED = {
    Role.UNIT_APPLICANT,
    Role.UNIT_SECURITY_OFFICER,
    Role.REVIEWER,
    Role.SECURITY_SUPERVISOR,
    Role.TENANT_ADMIN,
    Role.PROVINCE_ADMIN
  };

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Clock clock;

  /** Art. 20: 403 when the actor is the provider and neither its task nor a grant opens it. */
  public void requireReadable(AttachmentKind kind, long systemId) {
    if (!readable(kind, systemId)) {
      throw new AccessRefused("MATERIAL", "access.materials.refused");
    }
  }

  /** Art. 20: as above, and a material the unit shares with the provider is readable too. */
  public void requireReadable(long attachmentId, AttachmentKind kind, long systemId) {
    if (!readable(kind, systemId) && !shared(attachmentId)) {
      throw new AccessRefused("MATERIAL", "access.materials.refused");
    }
  }

  /** Art. 20: whether the actor may read a material of this kind of this system now. */
  public boolean readable(AttachmentKind kind, long systemId) {
    Actor who = actor.get();
    if (!who.has(Role.PROVIDER_OPERATOR) || who.hasAny(UNRESTRICTED)) {
      return true;
    }
    return PROVIDER_TASKS.contains(kind) || granted(who, systemId);
  }

  private boolean shared(long attachmentId) {
    return !em.createNativeQuery(
            "select 1 from material_share where attachment_id = ?1 and tenant_id = ?2 and shared")
        .setParameter(1, attachmentId)
        .setParameter(2, actor.get().tenant().id().value())
        .getResultList()
        .isEmpty();
  }

  private boolean granted(Actor who, long systemId) {
    Timestamp now = Timestamp.from(clock.instant());
    Number found =
        (Number)
            em.createNativeQuery(
                    "select count(*) from access_grant where tenant_id = ?1 and system_id = ?2"
                        + " and state = 'APPROVED' and valid_from <= ?3 and valid_until > ?3")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, systemId)
                .setParameter(3, now)
                .getSingleResult();
    return found.longValue() > 0;
  }
}
