package cn.gov.zj.cloud.domain.dashboard;

import cn.gov.zj.cloud.domain.supervision.Adoption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Art. 4, 5: the province's ranking of the cities, published with what it ranks by: the on-time
 * rate of all statutory steps closed in the year, highest first; a city that closed no step comes
 * after those that did; equal rates are ordered by the cloud adoption ratio (Art. 22), and cities
 * equal in both share a rank (1, 1, 3).
 */
public final class CityRanking {

  /** What the ranking orders by, as the JSON and the page name it. */
  public static final String RANKED_BY = "onTimeRate";

  /** What the ranking orders by when the on-time rates are equal. */
  public static final String THEN_BY = "adoptionRatio";

  /** One city as ranked. */
  public record Entry(String tenant, Share onTime, Adoption adoption) {}

  /** A city's place. */
  public record Ranked(int rank, Entry entry) {}

  private static final Comparator<Optional<BigDecimal>> HIGHEST_FIRST =
      Comparator.comparing(
          (Optional<BigDecimal> rate) -> rate.orElse(null),
          Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));

  private static final Comparator<Entry> ORDER =
      Comparator.comparing((Entry e) -> e.onTime().rate(), HIGHEST_FIRST)
          .thenComparing(e -> e.adoption().ratio(), HIGHEST_FIRST);

  private CityRanking() {}

  /** Art. 4: the cities in rank order, ties sharing a rank, then by tenant id. */
  public static List<Ranked> rank(List<Entry> cities) {
    List<Entry> sorted = cities.stream().sorted(ORDER.thenComparing(Entry::tenant)).toList();
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean tied = i > 0 && ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0;
      int rank = tied ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Ranked(rank, sorted.get(i)));
    }
    return ranked;
  }
}
