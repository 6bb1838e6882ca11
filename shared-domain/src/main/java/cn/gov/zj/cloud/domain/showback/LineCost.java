package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Art. 21: the cost of one allocation line of a system within one month: the line as allocated, its
 * first and last day counted, the days, the amount in CNY (to the fen) and the units of measure
 * that had no price on some of those days (counted as zero).
 *
 * @param line the line's position in the plan (0-based), as usage reports number it
 */
public record LineCost(
    long systemId,
    String systemName,
    int line,
    ResourceLine allocation,
    LocalDate first,
    LocalDate last,
    int days,
    BigDecimal amount,
    Set<PriceItem> unpriced) {

  public LineCost {
    unpriced = Set.copyOf(unpriced);
  }
}
