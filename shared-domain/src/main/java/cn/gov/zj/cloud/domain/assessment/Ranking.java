package cn.gov.zj.cloud.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 22: the ranking of a tenant's units by score, highest first. Equal scores share a rank and
 * the next rank skips as many places (1, 2, 2, 4); a unit without a score has no rank.
 */
public final class Ranking {

  private Ranking() {}

  /** The rank of each score, in the order given; empty where the score is. */
  public static List<Optional<Integer>> of(List<Optional<BigDecimal>> scores) {
    List<Optional<Integer>> ranks = new ArrayList<>(scores.size());
    for (Optional<BigDecimal> score : scores) {
      ranks.add(score.map(s -> 1 + (int) higher(scores, s)));
    }
    return ranks;
  }

  private static long higher(List<Optional<BigDecimal>> scores, BigDecimal score) {
    return scores.stream().flatMap(Optional::stream).filter(s -> s.compareTo(score) > 0).count();
  }
}
