package cn.gov.zj.cloud.domain.calendar;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Art. 8–12: the official working-day calendar of mainland China. A working day is Monday to Friday
 * unless a listed holiday, or a listed make-up working day (调休上班). Years whose notice is not loaded
 * count on weekends alone, and what depends on them is provisional. Immutable.
 */
public final class OfficialCalendar {

  /** Deadlines are counted in Beijing time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final String BUILT_IN = "cn-official-calendar.csv";

  private final CalendarNotice notice;
  private final Map<LocalDate, CalendarDay> exceptions;

  private OfficialCalendar(CalendarNotice notice) {
    this.notice = notice;
    this.exceptions =
        notice.days().stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
  }

  public static OfficialCalendar of(CalendarNotice notice) {
    return new OfficialCalendar(notice);
  }

  /** The notices shipped with the release (2025 and 2026); the database may hold newer ones. */
  public static OfficialCalendar builtIn() {
    return BuiltIn.CALENDAR;
  }

  /** A new calendar in which the years of {@code next} are replaced whole by it. */
  public OfficialCalendar with(CalendarNotice next) {
    Set<Year> years = new HashSet<>(notice.years());
    years.addAll(next.years());
    List<CalendarDay> days = new ArrayList<>(next.days());
    notice.days().stream().filter(d -> !next.years().contains(d.year())).forEach(days::add);
    return new OfficialCalendar(new CalendarNotice(years, days));
  }

  /** Everything loaded, as one notice: for storage or export. */
  public CalendarNotice notice() {
    return notice;
  }

  public SortedSet<Year> years() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(notice.years()));
  }

  /** Whether the notice of that day's year is loaded. */
  public boolean covers(LocalDate date) {
    return notice.years().contains(Year.from(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    CalendarDay exception = exceptions.get(date);
    if (exception != null) {
      return exception.kind() == DayKind.MAKEUP_WORKDAY;
    }
    return !CalendarDay.isWeekend(date);
  }

  /** The holiday or make-up working day listed for that date, for display. */
  public Optional<CalendarDay> exception(LocalDate date) {
    return Optional.ofNullable(exceptions.get(date));
  }

  /**
   * Art. 8–12: a deadline of N working days from an event on {@code from} is the N-th working day
   * strictly after {@code from}; {@code from} never counts, working day or not. N = 0 gives {@code
   * from} itself (nothing counted, never provisional).
   */
  public DueDate dueDate(LocalDate from, WorkingDays workingDays) {
    LocalDate day = from;
    boolean provisional = false;
    for (int counted = 0; counted < workingDays.value(); ) {
      day = day.plusDays(1);
      provisional |= !covers(day);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return new DueDate(day, provisional);
  }

  /**
   * The working days after {@code after} up to and including {@code until}; the negative count of
   * those after {@code until} up to {@code after} when {@code until} comes first.
   */
  public int workingDaysBetween(LocalDate after, LocalDate until) {
    if (until.isBefore(after)) {
      return -workingDaysBetween(until, after);
    }
    int count = 0;
    for (LocalDate day = after.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** What an inbox shows of a deadline on {@code today} (Beijing date). */
  public Countdown countdown(DueDate due, LocalDate today) {
    boolean overdue = today.isAfter(due.date());
    boolean provisional =
        due.provisional()
            || (overdue ? !coversAll(due.date(), today) : !coversAll(today, due.date()));
    return new Countdown(workingDaysBetween(today, due.date()), overdue, provisional);
  }

  /** Whether every year from the day after {@code after} to {@code until} is loaded. */
  private boolean coversAll(LocalDate after, LocalDate until) {
    for (int year = after.plusDays(1).getYear(); year <= until.getYear(); year++) {
      if (!notice.years().contains(Year.of(year))) {
        return false;
      }
    }
    return true;
  }

  /** The Beijing date of an instant: the day D from which a deadline counts. */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  private static final class BuiltIn {
    static final OfficialCalendar CALENDAR = load();

    private static OfficialCalendar load() {
      try (InputStream in = OfficialCalendar.class.getResourceAsStream(BUILT_IN)) {
        Violations violations = new Violations();
        CalendarNotice notice = NoticeCsv.parse(in.readAllBytes(), violations);
        violations.throwIfAny();
        return new OfficialCalendar(notice);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
