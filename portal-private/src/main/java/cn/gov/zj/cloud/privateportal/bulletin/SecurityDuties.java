package cn.gov.zj.cloud.privateportal.bulletin;

import cn.gov.zj.cloud.domain.bulletin.SecurityCompliance;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Art. 19: a year of the tenant's security duties: which months lack a bulletin and whether the
 * drill was held, for the department, the security authority, the provider and the administrator.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SecurityDuties {

  /** The first year the compliance page answers for. */
  public static final int FIRST_YEAR = 2020;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Clock clock;
  @EJB private WorkingCalendar calendar;

  /** Art. 19: the duties of {@code year} now; 400 for a year out of range. */
  public SecurityCompliance of(Integer year) {
    Actor who = actor.get();
    who.require(Role.REVIEWER, Role.SECURITY_SUPERVISOR, Role.PROVIDER_OPERATOR, Role.TENANT_ADMIN);
    Instant now = clock.instant();
    int last = OfficialCalendar.dateOf(now).getYear() + 1;
    if (year == null || year < FIRST_YEAR || year > last) {
      new Violations().add("year", "validation.outOfRange", FIRST_YEAR, last).throwIfAny();
    }
    return of(em, who.tenant().id().value(), calendar.current(), year, now);
  }

  /** The duties of one tenant's year, in the caller's transaction and row scope. */
  static SecurityCompliance of(
      EntityManager em, String tenant, OfficialCalendar calendar, int year, Instant now) {
    @SuppressWarnings("unchecked")
    List<String> months =
        em.createNativeQuery("select month from bulletin where tenant_id = ?1 and month like ?2")
            .setParameter(1, tenant)
            .setParameter(2, year + "-%")
            .getResultList();
    Set<YearMonth> published = new HashSet<>();
    months.forEach(m -> published.add(YearMonth.parse(m.strip())));
    boolean held =
        !em.createNativeQuery("select 1 from drill where tenant_id = ?1 and year = ?2")
            .setParameter(1, tenant)
            .setParameter(2, year)
            .getResultList()
            .isEmpty();
    return SecurityCompliance.of(calendar, year, published, held, now);
  }
}
