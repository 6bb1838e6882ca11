package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;
import cn.gov.zj.cloud.domain.dashboard.StepTimeliness;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 8–12: the one reading of the steps closed, from the counters the V26 trigger keeps as the
 * application history grows ({@code step_count}): each action that closed a deadline step records
 * the step and whether its due date was met ({@code closedStep} in the event's details); the step
 * began with the application's event before it. Handling days are working days on the official
 * calendar from the day it began to the day it closed; a step counts in the month (Beijing) it
 * closed. The counters are grouped by the two days, so a year of a city is a few thousand rows
 * whatever the number of applications.
 */
final class StepCounts {

  private static final String CLOSED =
      "select tenant_id, step, met, began, closed, n from step_count"
          + " where closed >= ?1 and closed < ?2 and n <> 0";

  private StepCounts() {}

  static Map<String, StepFigures> read(
      EntityManager em, DashboardYear year, OfficialCalendar calendar) {
    Map<String, Map<Step, StepTimeliness>> steps = new TreeMap<>();
    Map<String, MonthlyShare> months = new HashMap<>();
    LocalDate first = OfficialCalendar.dateOf(year.start());
    for (Object[] row :
        Rows.of(em, CLOSED, Date.valueOf(first), Date.valueOf(first.plusYears(1)))) {
      String tenant = (String) row[0];
      Step step = Step.valueOf((String) row[1]);
      boolean met = Boolean.TRUE.equals(row[2]);
      LocalDate began = ((Date) row[3]).toLocalDate();
      LocalDate closed = ((Date) row[4]).toLocalDate();
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
