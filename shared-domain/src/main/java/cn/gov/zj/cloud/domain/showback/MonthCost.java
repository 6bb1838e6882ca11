package cn.gov.zj.cloud.domain.showback;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Art. 21: a unit's cost of one month, a row per system, line and allocation period. */
public record MonthCost(YearMonth month, List<LineCost> lines) {

  public MonthCost {
    lines = List.copyOf(lines);
  }

  /** The month's total: the sum of its rounded line amounts, in fen (0.00 for none). */
  public BigDecimal total() {
    return lines.stream().map(LineCost::amount).reduce(Money.fen(BigDecimal.ZERO), BigDecimal::add);
  }
}
