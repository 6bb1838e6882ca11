package cn.gov.zj.cloud.domain.showback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Art. 21: one price of the catalogue: per month of {@code item}, from {@code effectiveFrom} on.
 */
public record PriceEntry(PriceItem item, LocalDate effectiveFrom, BigDecimal amount) {

  public PriceEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("a price is zero or more");
    }
  }
}
