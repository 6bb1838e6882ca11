package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.AssessmentPeriod;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Art. 23: the assessment of the provider for a month, a quarter or a year: a city's competent
 * department (reviewer), its administrator and the provider read the tenant's; the province's
 * administrator reads every city's side by side with their total (Art. 4, read-only); unit staff
 * and the security authority are refused (403).
 */
@ApplicationScoped
@Transactional
public class ProviderAssessments {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Clock clock;

  /** Art. 23: the figures of {@code period} per tenant in the actor's view and their total. */
  public ProviderAssessment of(AssessmentPeriod period) {
    Actor who = actor.get();
    who.require(Role.REVIEWER, Role.TENANT_ADMIN, Role.PROVIDER_OPERATOR, Role.PROVINCE_ADMIN);
    String tenant = who.tenant().id().value();
    if (who.has(Role.PROVINCE_ADMIN)) {
      RowScope.oversight(em, who.tenant().id());
    } else {
      RowScope.tenant(em, who.tenant().id());
    }
    List<ProviderFigures> tenants = new ProviderQueries(em, period, clock.instant()).tenants();
    if (!who.has(Role.PROVINCE_ADMIN) && tenants.isEmpty()) {
      tenants = List.of(ProviderFigures.none(tenant));
    }
    ProviderFigures total =
        tenants.stream()
            .reduce(
                ProviderFigures.none(ProviderAssessment.TOTAL),
                (sum, next) -> sum.plus(ProviderAssessment.TOTAL, next));
    return new ProviderAssessment(period, tenants, total);
  }

  /**
   * Art. 23: {@code 2026-11}, {@code 2026-Q4} or {@code 2026}, begun by today (Beijing); 400 naming
   * {@code period} otherwise.
   */
  public AssessmentPeriod period(String text) {
    Instant now = clock.instant();
    Optional<AssessmentPeriod> period =
        AssessmentPeriod.parse(text).filter(p -> p.begunBy(OfficialCalendar.dateOf(now)));
    if (period.isEmpty()) {
      new Violations().add("period", "assessment.period", AssessmentPeriod.FIRST_YEAR).throwIfAny();
    }
    return period.orElseThrow();
  }

  /** Whether the actor reads every tenant (the province). */
  public boolean province() {
    return actor.get().has(Role.PROVINCE_ADMIN);
  }
}
