package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.supervision.AdoptionCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 4, 6–23: reads every source once for all the tenants in the caller's row scope (its own
 * tenant, or every tenant under the province's oversight) and puts each tenant's figures together;
 * {@code tenants} get figures even where they have no rows.
 */
@ApplicationScoped
public class FigureReader {

  @Inject private Clock clock;
  @Inject private WorkingCalendar calendar;

  /** The figures of each of {@code tenants}, in their order; the transaction's scope is set. */
  public Map<String, CityFigures> read(EntityManager em, DashboardYear year, List<String> tenants) {
    Instant now = clock.instant();
    LocalDate today = OfficialCalendar.dateOf(now);
    var applications = ApplicationCounts.read(em, year, today);
    var steps = StepCounts.read(em, year, calendar.current());
    var adoption = AdoptionCounts.byTenant(em);
    var usage = UsageCounts.read(em, year);
    var faults = FaultCounts.read(em, year, now);
    var findings = FindingCounts.read(em, today);
    var ratings = RatingCounts.read(em, year);
    var rectifications = RectificationCounts.read(em, today);
    Map<String, CityFigures> figures = new LinkedHashMap<>();
    for (String tenant : tenants) {
      CityFigures none = CityFigures.none(tenant, year);
      figures.put(
          tenant,
          new CityFigures(
              tenant,
              year,
              applications.getOrDefault(tenant, none.applications()),
              steps.getOrDefault(tenant, none.steps()),
              adoption.getOrDefault(tenant, none.adoption()),
              usage.getOrDefault(tenant, none.utilization()),
              faults.getOrDefault(tenant, none.faults()),
              findings.getOrDefault(tenant, none.findings()),
              ratings.getOrDefault(tenant, none.satisfaction()),
              rectifications.getOrDefault(tenant, none.rectifications())));
    }
    return figures;
  }
}
