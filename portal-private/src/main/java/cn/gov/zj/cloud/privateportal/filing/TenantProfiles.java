package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.CompetentDepartment;
import cn.gov.zj.cloud.domain.filing.PlatformChoice;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Art. 4, 5: the tenant's competent department, its contact and its platform. Everyone of the
 * tenant reads it; its tenant administrator changes it, audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantProfiles {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The tenant's profile; a blank one (not stored) before its administrator fills it in. */
  public TenantProfile mine() {
    String tenant = actor.get().tenant().id().value();
    TenantProfile profile = em.find(TenantProfile.class, tenant);
    return profile == null ? new TenantProfile(tenant) : profile;
  }

  /**
   * Art. 4, 5: the tenant administrator records the department and the platform; 400 naming each
   * invalid field, nothing stored.
   */
  public TenantProfile change(
      String department,
      String contactPerson,
      String phone,
      String email,
      PlatformChoice platform,
      Violations violations) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    CompetentDepartment checked =
        CompetentDepartment.check(department, contactPerson, phone, email, platform, violations);
    violations.throwIfAny();
    String tenant = who.tenant().id().value();
    TenantProfile profile = em.find(TenantProfile.class, tenant, LockModeType.PESSIMISTIC_WRITE);
    boolean created = profile == null;
    if (created) {
      profile = new TenantProfile(tenant);
    }
    Map<String, Object> before = profile.snapshot();
    profile.change(checked, who.username(), clock.instant());
    if (created) {
      em.persist(profile);
    }
    audit.record(
        who,
        AuditAction.PROFILE_CHANGE,
        "tenant-profile",
        tenant,
        created ? null : before,
        profile.snapshot());
    return profile;
  }
}
