package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Art. 21: amounts in CNY as exact decimals. A unit price has at most four decimals (fractions of a
 * fen per GiB add up); a cost is rounded once, half up, to the fen.
 */
public final class Money {

  /** The largest unit price accepted: one million yuan a month. */
  public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

  /** Decimals of a unit price. */
  public static final int PRICE_SCALE = 4;

  private Money() {}

  /** Art. 21: a cost rounded half up to the fen. */
  public static BigDecimal fen(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The exact quotient {@code amount / divisor}, rounded half up to the fen. */
  public static BigDecimal fen(BigDecimal amount, int divisor) {
    return amount.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
  }

  /**
   * Art. 21: a unit price from its text ({@code "12.5"}): 0 to {@link #MAX_PRICE} with at most
   * {@link #PRICE_SCALE} decimals; null with {@code field} named otherwise. No float is involved.
   */
  public static BigDecimal price(String field, String text, Violations violations) {
    if (text == null || !text.matches("[0-9]{1,7}(\\.[0-9]{1,4})?")) {
      violations.add(field, "showback.price.amount", MAX_PRICE.toPlainString());
      return null;
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.compareTo(MAX_PRICE) > 0) {
      violations.add(field, "showback.price.amount", MAX_PRICE.toPlainString());
      return null;
    }
    return amount.setScale(PRICE_SCALE, RoundingMode.UNNECESSARY);
  }

  /** The text of an amount as stored, without trailing zeros beyond the fen ({@code "12.50"}). */
  public static String text(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    return plain.scale() < 2
        ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
        : plain.toPlainString();
  }
}
