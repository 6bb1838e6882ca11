package cn.gov.zj.cloud.domain.feedback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23 (晾晒): the public ranking of the tenants by their citizens' satisfaction rate in one
 * period: the higher rate first; equal rates share a rank (1, 1, 3) and list the larger count
 * first; a tenant without citizens' ratings has no rank and comes last. Units' ratings are shown
 * beside, never mixed in. Counts only: nothing personal.
 */
public final class SatisfactionRanking {

  private SatisfactionRanking() {}

  /** One tenant's line: its citizens' and its units' counts, and its rank, if it has one. */
  public record Entry(
      String tenant, Satisfaction citizens, Satisfaction units, Optional<Integer> rank) {}

  /** Art. 23: the ranking of {@code citizens} (tenant → counts), {@code units} beside. */
  public static List<Entry> of(
      Map<String, Satisfaction> citizens, Map<String, Satisfaction> units) {
    Satisfaction none = new Satisfaction(Map.of());
    List<String> order = new ArrayList<>(citizens.keySet());
    order.sort(
        Comparator.comparing((String t) -> rate(citizens.get(t)), Comparator.reverseOrder())
            .thenComparing(t -> citizens.get(t).total(), Comparator.reverseOrder())
            .thenComparing(Comparator.naturalOrder()));
    List<Entry> entries = new ArrayList<>();
    int rank = 0;
    BigDecimal previous = null;
    for (int i = 0; i < order.size(); i++) {
      String tenant = order.get(i);
      Optional<BigDecimal> rate = citizens.get(tenant).rate();
      if (rate.isPresent() && !rate.get().equals(previous)) {
        rank = i + 1;
        previous = rate.get();
      }
      Optional<Integer> place = rate.isPresent() ? Optional.of(rank) : Optional.empty();
      entries.add(new Entry(tenant, citizens.get(tenant), units.getOrDefault(tenant, none), place));
    }
    return List.copyOf(entries);
  }

  /** Without ratings below every rate. */
  private static BigDecimal rate(Satisfaction satisfaction) {
    return satisfaction.rate().orElse(BigDecimal.valueOf(-1));
  }
}
