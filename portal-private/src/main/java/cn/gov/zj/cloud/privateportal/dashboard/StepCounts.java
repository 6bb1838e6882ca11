package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import cn.gov.zj.cloud.domain.dashboard.StepTimeliness;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 8–12: the one reading of the steps closed, from the application history: each action that
 * closed a deadline step records the step and whether its due date was met ({@code closedStep} in
 * the event's details); the step began with the application's event before it. Handling days are
 * working days on the official calendar from the day it began to the day it closed; a step counts
 * in the month (Beijing) it closed. Rows come grouped by the two days, so a year of a city is a few
 * thousand rows whatever the number of applications.
 */
final class StepCounts {

  private static final String CLOSED =
      "select e.tenant_id, jsonb_extract_path_text(e.details::jsonb, 'closedStep', 'step'),"
          + " jsonb_extract_path_text(e.details::jsonb, 'closedStep', 'met')::boolean,"
          + " (b.began at time zone 'Asia/Shanghai')::date,"
          + " (e.occurred_at at time zone 'Asia/Shanghai')::date, count(*)"
          + " from application_event e cross join lateral (select p.occurred_at as began"
          + " from application_event p where p.application_id = e.application_id and p.id < e.id"
          + " order by p.id desc limit 1) b"
          + " where e.occurred_at >= ?1 and e.occurred_at < ?2"
          + " and e.details like '%\"closedStep\"%' group by 1, 2, 3, 4, 5";

  private StepCounts() {}

  static Map<String, StepFigures> read(
      EntityManager em, DashboardYear year, OfficialCalendar calendar) {
    Map<String, Map<Step, StepTimeliness>> steps = new TreeMap<>();
    Map<String, MonthlyShare> months = new HashMap<>();
    for (Object[] row :
        Rows.of(em, CLOSED, Timestamp.from(year.start()), Timestamp.from(year.end()))) {
      String tenant = (String) row[0];
      Step step = Step.valueOf((String) row[1]);
      boolean met = Boolean.TRUE.equals(row[2]);
      LocalDate began = ((java.sql.Date) row[3]).toLocalDate();
      LocalDate closed = ((java.sql.Date) row[4]).toLocalDate();
      long count = Rows.count(row[5]);
      int days = closed.isAfter(began) ? calendar.workingDaysBetween(began, closed) : 0;
      steps
          .computeIfAbsent(tenant, t -> new EnumMap<>(Step.class))
          .merge(step, StepTimeliness.none(step).add(days, met, count), StepTimeliness::plus);
      months.merge(
          tenant,
          MonthlyShare.none().add(closed.getMonthValue(), met ? count : 0, count),
          MonthlyShare::plus);
    }
    Map<String, StepFigures> figures = new TreeMap<>();
    steps.forEach(
        (tenant, byStep) -> figures.put(tenant, new StepFigures(byStep, months.get(tenant))));
    return figures;
  }
}
