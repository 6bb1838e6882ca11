package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import java.util.List;
import java.util.stream.IntStream;

/** Art. 4: one month of a dashboard's table (and of its XLSX sheet). */
public record MonthRow(
    int month,
    long opened,
    long stepsClosed,
    long stepsMet,
    String onTimeRate,
    long faultsReported,
    long faultsResolvedInTime,
    long unitRatings,
    String unitSatisfaction,
    long citizenRatings,
    String citizenSatisfaction,
    String cpuAvgPct,
    String memAvgPct) {

  /** The twelve months of the figures. */
  static List<MonthRow> of(CityFigures figures) {
    return IntStream.rangeClosed(1, 12).mapToObj(month -> of(figures, month)).toList();
  }

  private static MonthRow of(CityFigures f, int month) {
    var steps = f.steps().byMonth().month(month);
    var units = f.satisfaction().units().month(month);
    var citizens = f.satisfaction().citizens().month(month);
    return new MonthRow(
        month,
        f.applications().opened().month(month),
        steps.whole(),
        steps.part(),
        Percent.of(steps.rate()),
        f.faults().responseMet().whole().month(month),
        f.faults().resolutionMet().part().month(month),
        units.whole(),
        Percent.of(units.rate()),
        citizens.whole(),
        Percent.of(citizens.rate()),
        Percent.plain(f.utilization().cpu(month)),
        Percent.plain(f.utilization().memory(month)));
  }
}
