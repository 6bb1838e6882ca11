package cn.gov.zj.cloud.domain.application;

/**
 * Art. 10: for a system whose load varies widely, the range within which the number of its cloud
 * hosts scales. The hosts allocated lie within it.
 */
public record ElasticRange(int min, int max) {

  public static final Bounds HOSTS = new Bounds(1, 200);

  public ElasticRange {
    HOSTS.require("min", min);
    HOSTS.require("max", max);
    if (min > max) {
      throw new IllegalArgumentException("elastic min above max");
    }
  }

  /** Raw input, {@code {"min": 2, "max": 6}}; null where absent. */
  public record Draft(Integer min, Integer max) {}

  public boolean contains(long hosts) {
    return hosts >= min && hosts <= max;
  }
}
