package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Art. 21, Art. 25: the prices in force in a tenant on a day: the province's, or the tenant's own
 * where lower. A tenant may lower a price, never raise it: a local price above the provincial one
 * is refused when set, and a provincial price lowered later below it wins.
 *
 * @param provincial the province's entries, in the order set (a later entry of the same item and
 *     date replaces an earlier one)
 * @param local the tenant's entries, in the order set
 */
public record PriceCatalogue(List<PriceEntry> provincial, List<PriceEntry> local) {

  public PriceCatalogue {
    provincial = List.copyOf(provincial);
    local = List.copyOf(local);
  }

  /** Art. 21: the province's price of {@code item} on {@code day}, if it has one. */
  public Optional<BigDecimal> provincialOn(PriceItem item, LocalDate day) {
    return on(provincial, item, day);
  }

  /** Art. 25: the tenant's own price of {@code item} on {@code day}, if it set one. */
  public Optional<BigDecimal> localOn(PriceItem item, LocalDate day) {
    return on(local, item, day);
  }

  /** Art. 21, Art. 25: the price in force: the provincial one, or the local one where lower. */
  public Optional<BigDecimal> inForce(PriceItem item, LocalDate day) {
    Optional<BigDecimal> province = provincialOn(item, day);
    Optional<BigDecimal> own = localOn(item, day);
    return province.map(price -> own.filter(lower -> lower.compareTo(price) < 0).orElse(price));
  }

  /**
   * Art. 25: the tenant's change if no price in it is above the province's in force on its
   * effective date; else null with {@code prices.<ITEM>} named for each one above (or without a
   * provincial price to lower).
   */
  public PriceChange checkLocal(PriceChange change, Violations violations) {
    change.prices().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            price -> {
              String field = "prices." + price.getKey().name();
              Optional<BigDecimal> province = provincialOn(price.getKey(), change.effectiveFrom());
              if (province.isEmpty()) {
                violations.add(field, "showback.price.noProvincial");
              } else if (price.getValue().compareTo(province.get()) > 0) {
                violations.add(field, "showback.price.aboveProvincial", Money.text(province.get()));
              }
            });
    return violations.isEmpty() ? change : null;
  }

  /** The entry in force: the latest effective date not after the day, the last set of those. */
  private static Optional<BigDecimal> on(List<PriceEntry> entries, PriceItem item, LocalDate day) {
    PriceEntry found = null;
    for (PriceEntry entry : entries) {
      if (entry.item() == item
          && !entry.effectiveFrom().isAfter(day)
          && (found == null || !entry.effectiveFrom().isBefore(found.effectiveFrom()))) {
        found = entry;
      }
    }
    return Optional.ofNullable(found).map(PriceEntry::amount);
  }
}
