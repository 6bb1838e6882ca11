package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import java.util.Arrays;
import java.util.List;

/** Art. 8–12: one statutory step of a dashboard's table: load today, the year's record. */
public record StepRow(
    Step step,
    int article,
    int limitDays,
    long waiting,
    long overdue,
    long closed,
    long met,
    String onTimeRate,
    String medianDays) {

  static List<StepRow> of(CityFigures figures) {
    return Arrays.stream(Step.values()).map(step -> of(figures, step)).toList();
  }

  private static StepRow of(CityFigures figures, Step step) {
    var record = figures.steps().step(step);
    var load = figures.applications().waiting(step);
    return new StepRow(
        step,
        step.article(),
        record.limitDays(),
        load.waiting(),
        load.overdue(),
        record.onTime().whole(),
        record.onTime().part(),
        Percent.of(record.onTime().rate()),
        Percent.plain(record.medianDays()));
  }

  public String getNameKey() {
    return step.nameKey();
  }
}
