package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.AssessmentPeriod;
import cn.gov.zj.cloud.domain.assessment.Ranking;
import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.assessment.UnitScore;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.inspection.UnitFindings;
import cn.gov.zj.cloud.privateportal.inspection.UnitSecurityStatus;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 22: the annual assessment of the tenant's using units, scored under the weights in force and
 * ranked within the tenant. The competent department (reviewer) and the tenant's administrator read
 * every unit's; a unit's staff read their own unit's entry only (the list holds it alone, another
 * unit's report is 404, as another tenant's); the provider and the security authority are refused.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class UnitAssessments {

  /** Art. 22: who reads the unit assessment. */
  static final Role[] READERS = {
    Role.REVIEWER, Role.TENANT_ADMIN, Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER
  };

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Clock clock;
  @Inject private UnitSecurityStatus findings;

  /** Art. 22: the year's assessment of every unit the actor may read, by rank, then name. */
  public List<UnitAssessment> list(int year) {
    Actor who = actor.get();
    who.require(READERS);
    List<UnitAssessment> all = ranked(who, year);
    if (readsEveryUnit(who)) {
      return all;
    }
    Optional<String> own = who.unit();
    return all.stream().filter(a -> own.equals(Optional.of(a.creditCode()))).toList();
  }

  /** Art. 22: one unit's assessment (its rank among all); 404 for a unit the actor may not read. */
  public UnitAssessment of(long unitId, int year) {
    return list(year).stream()
        .filter(a -> a.unitId() == unitId)
        .findFirst()
        .orElseThrow(() -> new NotFound("unit", unitId));
  }

  /** The weights the scores are computed with. */
  public ScoreWeights weights() {
    Actor who = actor.get();
    who.require(READERS);
    return ScoreWeightRules.inForce(em, who.tenant().id().value());
  }

  /**
   * Art. 22: a year {@code yyyy} from 2000 to the current one (Beijing); 400 naming {@code year}
   * otherwise.
   */
  public int year(String text) {
    int current = OfficialCalendar.dateOf(clock.instant()).getYear();
    if (text != null && text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      if (year >= AssessmentPeriod.FIRST_YEAR && year <= current) {
        return year;
      }
    }
    new Violations()
        .add("year", "assessment.year", AssessmentPeriod.FIRST_YEAR, current)
        .throwIfAny();
    return current;
  }

  /** Whether the actor reads every unit's entry (else only their own unit's). */
  public boolean readsEveryUnit() {
    return readsEveryUnit(actor.get());
  }

  private List<UnitAssessment> ranked(Actor who, int year) {
    String tenant = who.tenant().id().value();
    ScoreWeights weights = ScoreWeightRules.inForce(em, tenant);
    LocalDate today = OfficialCalendar.dateOf(clock.instant());
    Map<Long, UnitFindings> open = findings.byUnit(tenant);
    List<UnitAssessment.Figures> figures =
        new UnitFigures(em, tenant, year, YearMonth.from(today))
            .all(unit -> open.getOrDefault(unit, new UnitFindings(0, 0)));
    List<Optional<BigDecimal>> scores =
        figures.stream()
            .map(
                f ->
                    UnitScore.of(
                        weights,
                        f.adoption().ratio(),
                        f.efficiency().value(),
                        f.security().value()))
            .toList();
    List<Optional<Integer>> ranks = Ranking.of(scores);
    List<UnitAssessment> assessed = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      UnitAssessment.Figures f = figures.get(i);
      assessed.add(
          new UnitAssessment(
              f.unitId(),
              f.unitName(),
              f.creditCode(),
              f.adoption(),
              f.efficiency(),
              f.security(),
              scores.get(i),
              ranks.get(i)));
    }
    assessed.sort(Comparator.comparing((UnitAssessment a) -> a.rank().orElse(Integer.MAX_VALUE)));
    return assessed;
  }

  private static boolean readsEveryUnit(Actor who) {
    return who.hasAny(Role.REVIEWER, Role.TENANT_ADMIN);
  }
}
