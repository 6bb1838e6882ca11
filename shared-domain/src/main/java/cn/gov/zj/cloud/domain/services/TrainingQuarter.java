package cn.gov.zj.cloud.domain.services;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Art. 14: a calendar quarter (Beijing dates) in which the provider holds training sessions for a
 * tenant ("定期主办…培训"); a quarter that ended with fewer sessions held than the target in force is
 * flagged to the competent department.
 */
public record TrainingQuarter(int year, int quarter) implements Comparable<TrainingQuarter> {

  public TrainingQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter 1 to 4, was " + quarter);
    }
  }

  public static TrainingQuarter of(LocalDate date) {
    return new TrainingQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public static TrainingQuarter of(Instant instant) {
    return of(OfficialCalendar.dateOf(instant));
  }

  /** Parses {@code 2026-Q3}, the form it is shown and stored in. */
  public static TrainingQuarter parse(String text) {
    String[] parts = text.split("-Q");
    return new TrainingQuarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public LocalDate start() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /** The first day after the quarter. */
  public LocalDate end() {
    return start().plusMonths(3);
  }

  public TrainingQuarter next() {
    return of(end());
  }

  public TrainingQuarter previous() {
    return of(start().minusDays(1));
  }

  /**
   * Art. 14: the quarters from {@code first} that ended before {@code today} with fewer sessions
   * held ({@code held}, by quarter; absent means none) than {@code required}, oldest first.
   */
  public static List<TrainingQuarter> missed(
      TrainingQuarter first, LocalDate today, Map<TrainingQuarter, Integer> held, int required) {
    List<TrainingQuarter> missed = new ArrayList<>();
    for (TrainingQuarter q = first; !q.end().isAfter(today); q = q.next()) {
      if (held.getOrDefault(q, 0) < required) {
        missed.add(q);
      }
    }
    return missed;
  }

  @Override
  public int compareTo(TrainingQuarter other) {
    return start().compareTo(other.start());
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
