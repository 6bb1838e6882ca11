package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Art. 21: a unit's cost from its allocation history, pro rata by day: a line held on {@code d} of
 * the {@code n} days of a month costs, for each of those days, the monthly prices in force that day
 * times its quantities, divided by {@code n}; the exact sum is rounded once per line, period and
 * month, half up to the fen. Days after {@code through} are not counted.
 */
public final class Showback {

  private Showback() {}

  /** Art. 21: the unit's cost in {@code month}, counting days up to {@code through}. */
  public static MonthCost month(
      List<SystemAllocation> systems, PriceCatalogue prices, YearMonth month, LocalDate through) {
    List<LineCost> lines = new ArrayList<>();
    for (SystemAllocation system : systems) {
      for (AllocationPeriod period : system.periods()) {
        LocalDate first = max(period.from(), month.atDay(1));
        LocalDate end = period.endBefore(min(month.atEndOfMonth(), through));
        if (first.isBefore(end)) {
          List<ResourceLine> planned = period.plan().lines();
          IntStream.range(0, planned.size())
              .mapToObj(i -> cost(system, i, planned.get(i), first, end, prices, month))
              .forEach(lines::add);
        }
      }
    }
    return new MonthCost(month, lines);
  }

  /**
   * Art. 21: the year month by month up to {@code through} (the months after it are left out), its
   * total, and the total projected to the year's end.
   */
  public static YearCost year(
      List<SystemAllocation> systems, PriceCatalogue prices, int year, LocalDate through) {
    List<MonthCost> months = new ArrayList<>();
    BigDecimal projected = Money.fen(BigDecimal.ZERO);
    LocalDate lastDay = Year.of(year).atDay(Year.of(year).length());
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      projected = projected.add(month(systems, prices, month, lastDay).total());
      if (!month.atDay(1).isAfter(through)) {
        months.add(month(systems, prices, month, through));
      }
    }
    BigDecimal total =
        months.stream().map(MonthCost::total).reduce(Money.fen(BigDecimal.ZERO), BigDecimal::add);
    return new YearCost(year, months, total, projected);
  }

  private static LineCost cost(
      SystemAllocation system,
      int index,
      ResourceLine line,
      LocalDate first,
      LocalDate end,
      PriceCatalogue prices,
      YearMonth month) {
    Map<PriceItem, Long> quantities = PriceItem.quantities(line);
    Set<PriceItem> unpriced = EnumSet.noneOf(PriceItem.class);
    BigDecimal sum = BigDecimal.ZERO;
    for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
      for (Map.Entry<PriceItem, Long> quantity : quantities.entrySet()) {
        var price = prices.inForce(quantity.getKey(), day);
        if (price.isEmpty()) {
          unpriced.add(quantity.getKey());
        } else {
          sum = sum.add(price.get().multiply(BigDecimal.valueOf(quantity.getValue())));
        }
      }
    }
    int days = (int) (end.toEpochDay() - first.toEpochDay());
    return new LineCost(
        system.systemId(),
        system.systemName(),
        index,
        line,
        first,
        end.minusDays(1),
        days,
        Money.fen(sum, month.lengthOfMonth()),
        unpriced);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
