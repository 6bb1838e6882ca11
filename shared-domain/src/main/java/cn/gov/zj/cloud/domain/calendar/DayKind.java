package cn.gov.zj.cloud.domain.calendar;

/** What a State Council notice says of one day; names as in the notice CSV. */
public enum DayKind {
  /** A day off: a public holiday, or a weekend day inside a holiday block. */
  HOLIDAY,
  /** A Saturday or Sunday that is a working day (调休上班). */
  MAKEUP_WORKDAY
}
