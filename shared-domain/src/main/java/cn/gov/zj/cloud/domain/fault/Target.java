package cn.gov.zj.cloud.domain.fault;

import java.util.Objects;

/**
 * Art. 13, Art. 25: a response or resolution target: an amount of minutes around the clock, of
 * working minutes, or of working days (a working day is one office day's length of working time),
 * counted by a {@link WorkingClock}.
 */
public record Target(int amount, Unit unit) {

  /** How a target's amount is counted. */
  public enum Unit {
    /** Minutes around the clock, nights, weekends and holidays included (P1, P2). */
    MINUTES,
    /** Minutes inside office hours on working days of the official calendar (P3). */
    WORKING_MINUTES,
    /** Office days' lengths of working time on the official calendar (P3, P4). */
    WORKING_DAYS;

    /** The bundle key of the unit's name, e.g. {@code fault.unit.WORKING_DAYS}. */
    public String nameKey() {
      return "fault.unit." + name();
    }
  }

  /** The longest amount any target may have in any unit; the provincial ones are far below. */
  public static final int MAX_AMOUNT = 100_000;

  public Target {
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 || amount > MAX_AMOUNT) {
      throw new IllegalArgumentException("a target is 1 to " + MAX_AMOUNT + ", was " + amount);
    }
  }

  public static Target minutes(int minutes) {
    return new Target(minutes, Unit.MINUTES);
  }

  public static Target workingMinutes(int minutes) {
    return new Target(minutes, Unit.WORKING_MINUTES);
  }

  public static Target workingDays(int days) {
    return new Target(days, Unit.WORKING_DAYS);
  }

  /** Art. 13: whether the target is counted around the clock (nights and holidays included). */
  public boolean aroundTheClock() {
    return unit == Unit.MINUTES;
  }

  /** Art. 25: the target as a fault stores it beside its due time, e.g. {@code 30 MINUTES}. */
  public String label() {
    return amount + " " + unit.name();
  }

  /** A stored {@link #label()}; empty for anything else. */
  public static java.util.Optional<Target> parse(String label) {
    String[] parts = label == null ? new String[0] : label.strip().split(" ");
    try {
      return parts.length == 2
          ? java.util.Optional.of(new Target(Integer.parseInt(parts[0]), Unit.valueOf(parts[1])))
          : java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** The same kind of target with another amount, e.g. a tenant's shorter one (Art. 25). */
  public Target withAmount(int other) {
    return new Target(other, unit);
  }
}
