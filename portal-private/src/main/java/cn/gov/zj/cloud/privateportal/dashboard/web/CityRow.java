package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;

/** Art. 4: one city in the province's table, side by side with the others (and the total). */
public record CityRow(
    String rank,
    String tenant,
    String name,
    long opened,
    long waiting,
    long overdue,
    String onTimeRate,
    String adoptionRatio,
    long allocated,
    long faultsReported,
    String faultResolutionRate,
    long openFindings,
    String unitSatisfaction,
    String citizenSatisfaction,
    long openRectifications) {

  static CityRow of(String rank, String name, CityFigures f) {
    long waiting = f.applications().waiting().values().stream().mapToLong(l -> l.waiting()).sum();
    long overdue = f.applications().waiting().values().stream().mapToLong(l -> l.overdue()).sum();
    return new CityRow(
        rank,
        f.tenant(),
        name,
        f.applications().opened().total(),
        waiting,
        overdue,
        Percent.of(f.steps().onTime().rate()),
        Percent.of(f.adoption().ratio()),
        f.applications().holdingResources(),
        f.faults().reported(),
        Percent.of(f.faults().resolutionMet().year().rate()),
        f.findings().open(),
        Percent.of(f.satisfaction().units().year().rate()),
        Percent.of(f.satisfaction().citizens().year().rate()),
        f.rectifications().open());
  }
}
