package cn.gov.zj.cloud.domain.calendar;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The CSV form of a State Council holiday notice, as shipped and as {@code province-admin} uploads
 * it: UTF-8, a header {@code date,kind,name}, then one line per listed day; blank lines and lines
 * starting with {@code #} (the template's instructions) are not read, and a kind may be written in
 * Chinese (放假, 调休上班). Every fault is collected with its line ({@code "line 7"}; the message repeats
 * the number as its first argument), none is thrown; file-wide faults are named {@code "file"}.
 */
public final class NoticeCsv {

  public static final String HEADER = "date,kind,name";

  /** A line starting with this explains the file and is not read (Art. 8–12 template). */
  public static final String COMMENT = "#";

  public static final String FILE = "file";
  public static final int MAX_LINES = 1000;

  private static final int SHOWN = 30;

  private NoticeCsv() {}

  private record Line(int number, CalendarDay day) {}

  /** The field that names one line of the file, 1 being the header. */
  public static String lineField(int number) {
    return "line " + number;
  }

  /** A notice of the years its lines name; null when anything is wrong, each fault collected. */
  public static CalendarNotice parse(byte[] content, Violations violations) {
    return read(content, null, violations);
  }

  /**
   * A notice of exactly the declared years, each loaded whole; null when anything is wrong, each
   * fault collected. A line outside these years, or a year without any line, is refused.
   */
  public static CalendarNotice parse(byte[] content, Set<Year> declared, Violations violations) {
    if (declared.isEmpty()) {
      throw new IllegalArgumentException("declare at least one year");
    }
    return read(content, declared, violations);
  }

  /** The CSV form of a notice: what {@link #parse} reads back to the same notice. */
  public static String format(CalendarNotice notice) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (CalendarDay day : notice.days()) {
      csv.append(day.date()).append(',').append(day.kind()).append(',').append(day.name());
      csv.append('\n');
    }
    return csv.toString();
  }

  private static CalendarNotice read(byte[] content, Set<Year> declared, Violations violations) {
    int before = violations.errors().size();
    List<String> lines = lines(content, violations);
    if (lines == null) {
      return null;
    }
    int header = 0;
    while (isComment(lines.get(header))) {
      header++;
    }
    if (!HEADER.equals(lines.get(header).strip())) {
      violations.add(
          lineField(header + 1), "calendar.csv.header", String.valueOf(header + 1), HEADER);
    }
    List<Line> parsed = new ArrayList<>();
    boolean anyDay = false;
    for (int index = header + 1; index < lines.size(); index++) {
      if (!isComment(lines.get(index))) {
        anyDay = true;
        Line line = line(index + 1, lines.get(index), violations);
        if (line != null) {
          parsed.add(line);
        }
      }
    }
    if (!anyDay) {
      violations.add(FILE, "calendar.csv.empty");
    }
    Set<Year> years = declared != null ? declared : yearsOf(parsed);
    checkTogether(parsed, years, violations);
    if (violations.errors().size() == before) {
      checkEveryYearListed(parsed, years, violations);
    }
    if (violations.errors().size() > before) {
      return null;
    }
    return new CalendarNotice(years, parsed.stream().map(Line::day).toList());
  }

  /** The lines of a strictly UTF-8 text (a byte order mark is dropped); null when unusable. */
  private static List<String> lines(byte[] content, Violations violations) {
    Optional<String> text = Texts.utf8(content);
    if (text.isEmpty()) {
      violations.add(FILE, "calendar.csv.notUtf8");
      return null;
    }
    List<String> lines = text.get().lines().toList();
    if (lines.stream().allMatch(NoticeCsv::isComment)) {
      violations.add(FILE, "calendar.csv.empty");
      return null;
    }
    if (lines.size() > MAX_LINES) {
      violations.add(FILE, "calendar.csv.tooLarge", String.valueOf(MAX_LINES));
      return null;
    }
    return lines;
  }

  /**
   * A blank line, or an explanation starting with {@code #} (the template's instructions): neither
   * is read.
   */
  private static boolean isComment(String line) {
    String text = line.strip();
    return text.isEmpty() || text.startsWith(COMMENT);
  }

  private static Line line(int number, String text, Violations violations) {
    String field = lineField(number);
    String at = String.valueOf(number);
    String[] cells = text.split(",", -1);
    if (cells.length != 3) {
      violations.add(field, "calendar.csv.cells", at, String.valueOf(cells.length));
      return null;
    }
    LocalDate date = date(cells[0].strip(), field, at, violations);
    DayKind kind = kind(cells[1].strip(), field, at, violations);
    String name = cells[2].strip();
    if (name.isEmpty()) {
      violations.add(field, "calendar.csv.name.required", at);
    } else if (name.length() > CalendarDay.MAX_NAME) {
      violations.add(field, "calendar.csv.name.tooLong", at, String.valueOf(CalendarDay.MAX_NAME));
    }
    if (date == null || kind == null || violations.has(field)) {
      return null;
    }
    if (kind == DayKind.MAKEUP_WORKDAY && !CalendarDay.isWeekend(date)) {
      violations.add(field, "calendar.csv.makeupOnWeekday", at, date.toString());
      return null;
    }
    return new Line(number, new CalendarDay(date, kind, name));
  }

  private static LocalDate date(String cell, String field, String at, Violations violations) {
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      violations.add(field, "calendar.csv.date", at, shown(cell));
      return null;
    }
  }

  private static DayKind kind(String cell, String field, String at, Violations violations) {
    Optional<DayKind> kind = DayKind.parse(cell);
    if (kind.isEmpty()) {
      violations.add(field, "calendar.csv.kind", at, shown(cell));
    }
    return kind.orElse(null);
  }

  /** Duplicates, years, and make-up days that make up for no holiday of the upload. */
  private static void checkTogether(List<Line> lines, Set<Year> years, Violations violations) {
    Map<LocalDate, Integer> firstLine = new HashMap<>();
    Set<String> holidays =
        lines.stream()
            .map(Line::day)
            .filter(d -> d.kind() == DayKind.HOLIDAY)
            .map(CalendarDay::name)
            .collect(Collectors.toSet());
    for (Line line : lines) {
      String field = lineField(line.number());
      String at = String.valueOf(line.number());
      CalendarDay day = line.day();
      Integer first = firstLine.putIfAbsent(day.date(), line.number());
      if (first != null) {
        violations.add(
            field, "calendar.csv.duplicate", at, day.date().toString(), String.valueOf(first));
      } else if (!years.contains(day.year())) {
        violations.add(field, "calendar.csv.outsideYears", at, day.date().toString(), text(years));
      } else if (day.kind() == DayKind.MAKEUP_WORKDAY && !holidays.contains(day.name())) {
        violations.add(field, "calendar.csv.makeupWithoutHoliday", at, day.name());
      }
    }
  }

  private static void checkEveryYearListed(
      List<Line> lines, Set<Year> years, Violations violations) {
    Set<Year> listed = yearsOf(lines);
    new TreeSet<>(years)
        .stream()
            .filter(year -> !listed.contains(year))
            .forEach(year -> violations.add(FILE, "calendar.csv.yearMissing", year.toString()));
  }

  private static Set<Year> yearsOf(List<Line> lines) {
    return lines.stream().map(l -> l.day().year()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String text(Set<Year> years) {
    return new TreeSet<>(years).stream().map(Year::toString).collect(Collectors.joining(", "));
  }

  private static String shown(String cell) {
    return cell.length() <= SHOWN ? cell : cell.substring(0, SHOWN) + "…";
  }
}
