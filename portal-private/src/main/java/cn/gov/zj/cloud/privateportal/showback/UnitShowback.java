package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.showback.MonthCost;
import cn.gov.zj.cloud.domain.showback.YearCost;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Art. 21: a unit's showback of a year (or of one month of it), counted up to {@code asOf}: the
 * months asked for, the year's total to date and its projection to the year's end.
 */
public record UnitShowback(
    long unitId, String unitName, YearCost year, Optional<YearMonth> month, LocalDate asOf) {

  /** The months shown: the one asked for, or every month of the year up to now. */
  public List<MonthCost> months() {
    return month
        .map(asked -> year.months().stream().filter(m -> m.month().equals(asked)).toList())
        .orElse(year.months());
  }

  /** {@code 2026} or {@code 2026-11}: the period in file names and titles. */
  public String period() {
    return month.map(YearMonth::toString).orElse(String.valueOf(year.year()));
  }
}
