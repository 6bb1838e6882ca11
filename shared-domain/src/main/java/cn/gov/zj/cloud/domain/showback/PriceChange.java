package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 21, Art. 25: new prices of some units of measure from one effective date, as the province
 * sets them or a city lowers them ({@code prices.<ITEM>} name each price, {@code effectiveFrom} the
 * date).
 */
public record PriceChange(LocalDate effectiveFrom, Map<PriceItem, BigDecimal> prices) {

  /** The earliest and the latest effective date accepted. */
  public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

  public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

  public PriceChange {
    prices = Map.copyOf(prices);
  }

  /** The change as entries of the catalogue. */
  public List<PriceEntry> entries() {
    return prices.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(price -> new PriceEntry(price.getKey(), effectiveFrom, price.getValue()))
        .toList();
  }

  /**
   * Art. 21: the valid change, or null with each fault named: {@code effectiveFrom} (a date {@code
   * yyyy-MM-dd} from 2000 to 2099), {@code prices} (at least one), {@code prices.<ITEM>} (a known
   * unit of measure, an amount as {@link Money#price} reads it).
   */
  public static PriceChange from(
      String effectiveFrom, Map<String, String> prices, Violations violations) {
    LocalDate date = date(effectiveFrom, violations);
    if (prices == null || prices.isEmpty()) {
      violations.add("prices", "showback.price.required");
      return null;
    }
    Map<PriceItem, BigDecimal> amounts = new EnumMap<>(PriceItem.class);
    prices.forEach(
        (name, text) -> {
          String field = "prices." + name;
          PriceItem item = item(name);
          if (item == null) {
            violations.add(field, "showback.price.item");
            return;
          }
          BigDecimal amount = Money.price(field, text, violations);
          if (amount != null) {
            amounts.put(item, amount);
          }
        });
    return date == null || amounts.size() < prices.size() ? null : new PriceChange(date, amounts);
  }

  private static LocalDate date(String text, Violations violations) {
    if (text != null && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (!date.isBefore(FIRST) && !date.isAfter(LAST)) {
          return date;
        }
      } catch (DateTimeParseException e) {
        // named below
      }
    }
    violations.add("effectiveFrom", "showback.price.effectiveFrom");
    return null;
  }

  private static PriceItem item(String name) {
    return Arrays.stream(PriceItem.values())
        .filter(item -> item.name().equals(name))
        .findFirst()
        .orElse(null);
  }
}
