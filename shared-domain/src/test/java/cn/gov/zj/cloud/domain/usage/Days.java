package cn.gov.zj.cloud.domain.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data: a month of daily samples of one line, built day by day. */
final class Days {

  static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

  private final List<DailySample> days = new ArrayList<>();

  static Days of() {
    return new Days();
  }

  /** {@code count} more days at this CPU p95 (average half of it) and memory. */
  Days add(int count, double cpuP95, double mem) {
    for (int i = 0; i < count; i++) {
      days.add(new DailySample(7, 0, FIRST.plusDays(days.size()), cpuP95 / 2, cpuP95, mem, 40, 10));
    }
    return this;
  }

  LineMonth month() {
    return new LineMonth(days);
  }
}
