package cn.gov.zj.cloud.domain.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Art. 15: one day's usage of one allocated resource line, as the provider's monitoring sends it.
 * {@code line} is the index of the line in the application's allocation.
 */
public record DailySample(
    long applicationId,
    int line,
    LocalDate date,
    double cpuAvgPct,
    double cpuP95Pct,
    double memAvgPct,
    double diskUsedGiB,
    double bandwidthP95Mbps) {

  /** The columns of a sample, in the order of the CSV form. */
  public static final List<String> COLUMNS =
      List.of(
          "applicationId",
          "line",
          "date",
          "cpuAvgPct",
          "cpuP95Pct",
          "memAvgPct",
          "diskUsedGiB",
          "bandwidthP95Mbps");

  public DailySample {
    Objects.requireNonNull(date, "date");
  }

  /** The same application, line and day: a later sample replaces the earlier one. */
  public record Key(long applicationId, int line, LocalDate date) {}

  public Key key() {
    return new Key(applicationId, line, date);
  }
}
