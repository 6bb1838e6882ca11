package cn.gov.zj.cloud.domain.calendar;

import java.util.Arrays;
import java.util.Optional;

/** What a State Council notice says of one day; names as in the notice CSV. */
public enum DayKind {
  /** A day off: a public holiday, or a weekend day inside a holiday block. */
  HOLIDAY("放假"),
  /** A Saturday or Sunday that is a working day (调休上班). */
  MAKEUP_WORKDAY("调休上班");

  private final String chinese;

  DayKind(String chinese) {
    this.chinese = chinese;
  }

  /** The word the State Council notice uses, which the notice CSV also accepts. */
  public String chinese() {
    return chinese;
  }

  /** The kind written as its name or as the notice's word; empty for anything else. */
  public static Optional<DayKind> parse(String cell) {
    return Arrays.stream(values())
        .filter(kind -> kind.name().equals(cell) || kind.chinese.equals(cell))
        .findFirst();
  }
}
