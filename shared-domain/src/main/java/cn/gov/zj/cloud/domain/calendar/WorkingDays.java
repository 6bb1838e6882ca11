package cn.gov.zj.cloud.domain.calendar;

/**
 * Art. 8–12, Art. 25: a count of working days on the official calendar, the unit of every statutory
 * deadline. Zero means "the same day"; a statutory deadline is at least one.
 */
public record WorkingDays(int value) implements Comparable<WorkingDays> {

  public static final int MIN = 0;

  /** Far above any statutory deadline (the longest is 5); it bounds what a local rule may set. */
  public static final int MAX = 60;

  public WorkingDays {
    if (!isValid(value)) {
      throw new IllegalArgumentException("working days must be 0 to 60, was " + value);
    }
  }

  public static WorkingDays of(int value) {
    return new WorkingDays(value);
  }

  public static boolean isValid(int value) {
    return value >= MIN && value <= MAX;
  }

  /** Art. 25: a local rule may shorten a provincial deadline, never lengthen it. */
  public boolean isLongerThan(WorkingDays other) {
    return value > other.value;
  }

  @Override
  public int compareTo(WorkingDays other) {
    return Integer.compare(value, other.value);
  }
}
