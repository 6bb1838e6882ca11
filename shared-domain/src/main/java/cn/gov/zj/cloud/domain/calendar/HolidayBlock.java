package cn.gov.zj.cloud.domain.calendar;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of consecutive holidays of one name (春节 2025-01-28 to 2025-02-04), with the weekend days
 * worked in their stead.
 */
public record HolidayBlock(
    String name, LocalDate first, LocalDate last, List<LocalDate> makeupWorkdays) {

  public HolidayBlock {
    makeupWorkdays = List.copyOf(makeupWorkdays);
  }

  /** Calendar days off in the block, weekend days included. */
  public int days() {
    return (int) DAYS.between(first, last) + 1;
  }

  /** The blocks of a notice, by date; each make-up day joins the nearest block of its name. */
  static List<HolidayBlock> of(List<CalendarDay> sortedDays) {
    List<HolidayBlock> blocks = new ArrayList<>();
    for (CalendarDay day : sortedDays) {
      if (day.kind() != DayKind.HOLIDAY) {
        continue;
      }
      int lastIndex = blocks.size() - 1;
      HolidayBlock previous = lastIndex < 0 ? null : blocks.get(lastIndex);
      if (previous != null
          && previous.name.equals(day.name())
          && previous.last.plusDays(1).equals(day.date())) {
        blocks.set(lastIndex, new HolidayBlock(day.name(), previous.first, day.date(), List.of()));
      } else {
        blocks.add(new HolidayBlock(day.name(), day.date(), day.date(), List.of()));
      }
    }
    sortedDays.stream()
        .filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY)
        .forEach(d -> attach(blocks, d));
    return blocks;
  }

  private static void attach(List<HolidayBlock> blocks, CalendarDay makeup) {
    blocks.stream()
        .filter(b -> b.name.equals(makeup.name()))
        .min(Comparator.comparingLong(b -> b.distanceTo(makeup.date())))
        .ifPresent(b -> blocks.set(blocks.indexOf(b), b.with(makeup.date())));
  }

  private long distanceTo(LocalDate date) {
    return date.isBefore(first) ? DAYS.between(date, first) : DAYS.between(last, date);
  }

  private HolidayBlock with(LocalDate makeup) {
    List<LocalDate> all = new ArrayList<>(makeupWorkdays);
    all.add(makeup);
    all.sort(Comparator.naturalOrder());
    return new HolidayBlock(name, first, last, all);
  }
}
