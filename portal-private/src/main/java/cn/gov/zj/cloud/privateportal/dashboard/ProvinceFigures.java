package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.CityRanking;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import java.util.List;

/** Art. 4: every city's figures side by side, the province's total and the ranking of cities. */
public record ProvinceFigures(
    DashboardYear year,
    List<CityFigures> cities,
    CityFigures total,
    List<CityRanking.Ranked> ranking) {

  public ProvinceFigures {
    cities = List.copyOf(cities);
    ranking = List.copyOf(ranking);
  }

  /** The rank of a city. */
  public int rank(String tenant) {
    return ranking.stream()
        .filter(ranked -> ranked.entry().tenant().equals(tenant))
        .findFirst()
        .orElseThrow()
        .rank();
  }
}
