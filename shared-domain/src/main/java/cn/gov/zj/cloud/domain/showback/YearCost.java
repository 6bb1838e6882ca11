package cn.gov.zj.cloud.domain.showback;

import java.math.BigDecimal;
import java.util.List;

/**
 * Art. 21: a unit's cost month by month in one year, its total to date, and the total projected to
 * the year's end with the allocations and prices of today: the basis for next year's budget.
 */
public record YearCost(int year, List<MonthCost> months, BigDecimal total, BigDecimal projected) {

  public YearCost {
    months = List.copyOf(months);
  }
}
