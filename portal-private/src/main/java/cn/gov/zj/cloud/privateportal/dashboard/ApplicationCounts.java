package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.dashboard.Monthly;
import cn.gov.zj.cloud.privateportal.dashboard.ApplicationFigures.StepLoad;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 6–12: the one reading of the {@code application} table for the dashboards, per tenant in the
 * caller's row scope. "Overdue" is what the applications list's filter means: a step due before
 * today (Beijing).
 */
final class ApplicationCounts {

  /** The counters the V23 triggers keep as applications are opened and change state. */
  private static final String OPENED =
      "select tenant_id, item, month, n from dashboard_count where figure = 'OPENED'"
          + " and year = ?1 and n <> 0";

  private static final String WAITING =
      "select tenant_id, step, count(*), count(*) filter (where due_date < ?1) from application"
          + " where step is not null and state not in ('ACTIVE', 'DENIED', 'TERMINATED')"
          + " group by 1, 2";

  private static final String HOLDING =
      "select tenant_id, count(*) from application where state in ("
          + Rows.constants(
              Arrays.stream(ApplicationState.values()).filter(ApplicationState::holdsResources))
          + ") group by 1";

  private ApplicationCounts() {}

  static Map<String, ApplicationFigures> read(
      EntityManager em, DashboardYear year, LocalDate today) {
    Map<String, Map<ApplicationState, Long>> states = new TreeMap<>();
    Map<String, Monthly> opened = new HashMap<>();
    for (Object[] row : Rows.of(em, OPENED, year.value())) {
      String tenant = (String) row[0];
      long count = Rows.count(row[3]);
      states
          .computeIfAbsent(tenant, t -> new EnumMap<>(ApplicationState.class))
          .merge(ApplicationState.valueOf((String) row[1]), count, Long::sum);
      opened.merge(tenant, Monthly.none().add(Rows.month(row[2]), count), Monthly::plus);
    }
    Map<String, Map<Step, StepLoad>> waiting = new TreeMap<>();
    for (Object[] row : Rows.of(em, WAITING, Date.valueOf(today))) {
      waiting
          .computeIfAbsent((String) row[0], t -> new EnumMap<>(Step.class))
          .put(Step.valueOf((String) row[1]), new StepLoad(Rows.count(row[2]), Rows.count(row[3])));
    }
    Map<String, Long> holding = new HashMap<>();
    for (Object[] row : Rows.of(em, HOLDING)) {
      holding.put((String) row[0], Rows.count(row[1]));
    }
    Map<String, ApplicationFigures> figures = new TreeMap<>();
    for (String tenant : Rows.tenants(states, waiting, holding)) {
      figures.put(
          tenant,
          new ApplicationFigures(
              states.getOrDefault(tenant, Map.of()),
              opened.getOrDefault(tenant, Monthly.none()),
              waiting.getOrDefault(tenant, Map.of()),
              holding.getOrDefault(tenant, 0L)));
    }
    return figures;
  }
}
