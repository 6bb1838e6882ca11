package cn.gov.zj.cloud.domain.usage;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Art. 15: one row of a usage batch as received (JSON or CSV), every value still text, in the order
 * of {@link DailySample#COLUMNS} (null where absent); {@link #toSample} checks each column and
 * names the bad ones as {@code <row>.<column>}. A batch holds up to 20,000 rows: a list per row,
 * not a map.
 */
public record SampleDraft(List<String> cells) {

  /** The row of a JSON object's values by column name; names outside the columns are ignored. */
  public static SampleDraft of(Map<String, String> values) {
    String[] cells = new String[DailySample.COLUMNS.size()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = values.get(DailySample.COLUMNS.get(c));
    }
    return new SampleDraft(Arrays.asList(cells));
  }

  /** Percentages lie in 0–100; sizes and rates are not negative and below these bounds. */
  static final double MAX_DISK_GIB = 1_048_576;

  static final double MAX_MBPS = 100_000;

  /** The valid sample, or null with every bad column named under {@code row}. */
  public DailySample toSample(String row, LocalDate today, Violations violations) {
    Long application = whole(row, "applicationId", 1, Long.MAX_VALUE, violations);
    Long line = whole(row, "line", 0, 49, violations);
    LocalDate date = date(row, today, violations);
    Double cpuAvg = decimal(row, "cpuAvgPct", 100, violations);
    Double cpuP95 = decimal(row, "cpuP95Pct", 100, violations);
    Double memAvg = decimal(row, "memAvgPct", 100, violations);
    Double disk = decimal(row, "diskUsedGiB", MAX_DISK_GIB, violations);
    Double bandwidth = decimal(row, "bandwidthP95Mbps", MAX_MBPS, violations);
    if (application == null
        || line == null
        || date == null
        || cpuAvg == null
        || cpuP95 == null
        || memAvg == null
        || disk == null
        || bandwidth == null) {
      return null;
    }
    if (cpuAvg > cpuP95) {
      violations.add(row + ".cpuAvgPct", "usage.sample.avgAboveP95");
      return null;
    }
    return new DailySample(
        application, line.intValue(), date, cpuAvg, cpuP95, memAvg, disk, bandwidth);
  }

  private String text(String row, String column, Violations violations) {
    int index = DailySample.COLUMNS.indexOf(column);
    String value = index < cells.size() ? cells.get(index) : null;
    if (value == null || value.isBlank()) {
      violations.add(row + "." + column, "validation.required");
      return null;
    }
    return value.strip();
  }

  private Long whole(String row, String column, long min, long max, Violations violations) {
    String value = text(row, column, violations);
    if (value == null) {
      return null;
    }
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    violations.add(row + "." + column, "usage.sample.range", min, max);
    return null;
  }

  private Double decimal(String row, String column, double max, Violations violations) {
    String value = text(row, column, violations);
    if (value == null) {
      return null;
    }
    double number = PlainText.decimal(value);
    if (number >= 0 && number <= max) {
      return number;
    }
    violations.add(row + "." + column, "usage.sample.range", 0, (long) max);
    return null;
  }

  /** A calendar day, not after today (Beijing): monitoring reports days that have passed. */
  private LocalDate date(String row, LocalDate today, Violations violations) {
    String value = text(row, "date", violations);
    if (value == null) {
      return null;
    }
    LocalDate date = PlainText.isoDate(value);
    if (date != null && !date.isAfter(today) && date.getYear() >= 2000) {
      return date;
    }
    violations.add(row + ".date", "usage.sample.date");
    return null;
  }
}
