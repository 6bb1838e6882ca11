package cn.gov.zj.cloud.domain.usage;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Art. 15: the month's figures of one allocated line from its daily samples: days reported, CPU
 * average (mean of the daily averages) and p95 (95th percentile of the daily p95s, nearest rank),
 * memory average, disk used (the highest day) and bandwidth p95. Without samples every figure is
 * empty.
 */
public record LineMonth(List<DailySample> days) {

  public LineMonth {
    days = List.copyOf(days);
  }

  public int daysReported() {
    return days.size();
  }

  public OptionalDouble cpuAvgPct() {
    return mean(DailySample::cpuAvgPct);
  }

  public OptionalDouble cpuP95Pct() {
    return p95(DailySample::cpuP95Pct);
  }

  public OptionalDouble memAvgPct() {
    return mean(DailySample::memAvgPct);
  }

  public OptionalDouble diskUsedGiB() {
    return days.stream().mapToDouble(DailySample::diskUsedGiB).max();
  }

  public OptionalDouble bandwidthP95Mbps() {
    return p95(DailySample::bandwidthP95Mbps);
  }

  /** Art. 15: the days below both idle thresholds. */
  public long idleDays(UsageRules rules) {
    return days.stream()
        .filter(d -> d.cpuP95Pct() < rules.idleCpuP95Pct() && d.memAvgPct() < rules.idleMemPct())
        .count();
  }

  private OptionalDouble mean(ToDoubleFunction<DailySample> value) {
    return days.stream().mapToDouble(value).average();
  }

  private OptionalDouble p95(ToDoubleFunction<DailySample> value) {
    if (days.isEmpty()) {
      return OptionalDouble.empty();
    }
    double[] sorted = days.stream().mapToDouble(value).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(0.95 * sorted.length);
    return OptionalDouble.of(sorted[rank - 1]);
  }
}
