package cn.gov.zj.cloud.domain.showback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.application.SecurityService;
import cn.gov.zj.cloud.domain.application.StorageKind;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShowbackTest {

  /** 1 host of 4 vCPU, 8 GiB, 40 GiB: 4 × 100 + 8 × 20 + 40 × 1 = 600.00 a month. */
  private static final ResourcePlan SMALL =
      ResourcePlan.of(List.of(new ResourceLine.CloudHost(1, 4, 8, 40, 0, "Linux")));

  /** 1 host of 8 vCPU, 16 GiB, 40 GiB: 800 + 320 + 40 = 1160.00 a month. */
  private static final ResourcePlan LARGE =
      ResourcePlan.of(List.of(new ResourceLine.CloudHost(1, 8, 16, 40, 0, "Linux")));

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private static PriceEntry price(PriceItem item, String amount, LocalDate from) {
    return new PriceEntry(item, from, new BigDecimal(amount));
  }

  private static final List<PriceEntry> PROVINCE =
      List.of(
          price(PriceItem.VCPU_MONTH, "100", JAN_1),
          price(PriceItem.MEMORY_GIB_MONTH, "20", JAN_1),
          price(PriceItem.DISK_GIB_MONTH, "1", JAN_1),
          price(PriceItem.STORAGE_GIB_MONTH, "0.1", JAN_1),
          price(PriceItem.BANDWIDTH_MBPS_MONTH, "30", JAN_1),
          price(PriceItem.DATABASE_INSTANCE_MONTH, "500", JAN_1),
          price(PriceItem.SECURITY_SERVICE_MONTH, "1000", JAN_1));

  private static final PriceCatalogue PRICES = new PriceCatalogue(PROVINCE, List.of());

  private static List<SystemAllocation> system(AllocationHistory.Event... events) {
    return List.of(new SystemAllocation(7, "审批系统", AllocationHistory.replay(List.of(events))));
  }

  private static BigDecimal month(List<SystemAllocation> systems, PriceCatalogue prices, int m) {
    YearMonth month = YearMonth.of(2026, m);
    return Showback.month(systems, prices, month, month.atEndOfMonth()).total();
  }

  @Test
  @DisplayName("Art. 21: a whole month costs the monthly prices times the quantities, to the fen")
  void art21_wholeMonth() {
    List<SystemAllocation> systems = system(new AllocationHistory.Activated(JAN_1, SMALL));
    MonthCost january =
        Showback.month(systems, PRICES, YearMonth.of(2026, 1), LocalDate.of(2026, 1, 31));
    assertEquals(new BigDecimal("600.00"), january.total());
    LineCost line = january.lines().get(0);
    assertEquals(31, line.days());
    assertEquals(LocalDate.of(2026, 1, 31), line.last());
    assertEquals("审批系统", line.systemName());
    assertTrue(line.unpriced().isEmpty());
  }

  @Test
  @DisplayName(
      "Art. 21, Art. 11: a change executed mid-month splits it pro rata by day (10 + 20 of 30)")
  void art21_proRataAcrossAChange() {
    List<SystemAllocation> systems =
        system(
            new AllocationHistory.Activated(JAN_1, SMALL),
            new AllocationHistory.ChangeAsked(LocalDate.of(2026, 4, 2), LARGE),
            new AllocationHistory.ChangeExecuted(LocalDate.of(2026, 4, 11)));
    MonthCost april =
        Showback.month(systems, PRICES, YearMonth.of(2026, 4), LocalDate.of(2026, 4, 30));
    assertEquals(2, april.lines().size());
    // 600 × 10 / 30 = 200.00; 1160 × 20 / 30 = 773.333… → 773.33
    assertEquals(new BigDecimal("200.00"), april.lines().get(0).amount());
    assertEquals(10, april.lines().get(0).days());
    assertEquals(LocalDate.of(2026, 4, 10), april.lines().get(0).last());
    assertEquals(new BigDecimal("773.33"), april.lines().get(1).amount());
    assertEquals(LocalDate.of(2026, 4, 11), april.lines().get(1).first());
    assertEquals(new BigDecimal("973.33"), april.total());
    assertEquals(new BigDecimal("1160.00"), month(systems, PRICES, 5));
  }

  @Test
  @DisplayName("Art. 21, Art. 12: after the reclamation nothing is counted; its day is not")
  void art21_termination() {
    List<SystemAllocation> systems =
        system(
            new AllocationHistory.Activated(JAN_1, SMALL),
            new AllocationHistory.Reclaimed(LocalDate.of(2026, 2, 15)));
    // 14 of 28 days: 600 × 14 / 28 = 300.00
    assertEquals(new BigDecimal("300.00"), month(systems, PRICES, 2));
    assertEquals(new BigDecimal("0.00"), month(systems, PRICES, 3));
  }

  @Test
  @DisplayName("Art. 21: a change refused or never executed does not change the allocation")
  void art21_askedChangeAlone() {
    List<SystemAllocation> systems =
        system(
            new AllocationHistory.Activated(JAN_1, SMALL),
            new AllocationHistory.ChangeAsked(LocalDate.of(2026, 3, 3), LARGE));
    assertEquals(new BigDecimal("600.00"), month(systems, PRICES, 3));
  }

  @Test
  @DisplayName("Art. 21: a price effective inside a month counts from its day (15 + 16 of 31)")
  void art21_priceChangeInsideAMonth() {
    List<PriceEntry> entries = new java.util.ArrayList<>(PROVINCE);
    entries.add(price(PriceItem.VCPU_MONTH, "90", LocalDate.of(2026, 3, 16)));
    PriceCatalogue prices = new PriceCatalogue(entries, List.of());
    List<SystemAllocation> systems = system(new AllocationHistory.Activated(JAN_1, SMALL));
    // (600 × 15 + 560 × 16) / 31 = 17960 / 31 = 579.354… → 579.35
    assertEquals(new BigDecimal("579.35"), month(systems, prices, 3));
    assertEquals(new BigDecimal("560.00"), month(systems, prices, 4));
  }

  @Test
  @DisplayName("Art. 25: a city's lower price is in force from its day; the province's elsewhere")
  void art25_cityLowers() {
    PriceCatalogue prices =
        new PriceCatalogue(
            PROVINCE, List.of(price(PriceItem.VCPU_MONTH, "80", LocalDate.of(2026, 3, 1))));
    List<SystemAllocation> systems = system(new AllocationHistory.Activated(JAN_1, SMALL));
    assertEquals(new BigDecimal("600.00"), month(systems, prices, 2));
    assertEquals(new BigDecimal("520.00"), month(systems, prices, 3));
    // the province lowers below the city's price later: the lower one wins
    List<PriceEntry> lowered = new java.util.ArrayList<>(PROVINCE);
    lowered.add(price(PriceItem.VCPU_MONTH, "70", LocalDate.of(2026, 4, 1)));
    PriceCatalogue both = new PriceCatalogue(lowered, prices.local());
    assertEquals(new BigDecimal("480.00"), month(systems, both, 4));
  }

  private static Set<String> fields(Violations violations) {
    return violations.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("Art. 25: a city may not raise a price: 400 naming prices.<ITEM>; equal is allowed")
  void art25_raisingRefused() {
    Violations ok = new Violations();
    PriceChange equal =
        PriceChange.from("2026-03-01", Map.of("VCPU_MONTH", "100", "MEMORY_GIB_MONTH", "19"), ok);
    assertEquals(equal, PRICES.checkLocal(equal, ok));
    assertTrue(ok.isEmpty());
    Violations refused = new Violations();
    PriceChange higher =
        PriceChange.from(
            "2026-03-01", Map.of("VCPU_MONTH", "100.0001", "MEMORY_GIB_MONTH", "19"), refused);
    assertNull(PRICES.checkLocal(higher, refused));
    assertEquals(Set.of("prices.VCPU_MONTH"), fields(refused));
    Violations none = new Violations();
    PriceChange early = PriceChange.from("2025-12-31", Map.of("VCPU_MONTH", "1"), none);
    assertNull(PRICES.checkLocal(early, none), "no provincial price yet to lower");
    assertEquals(Set.of("prices.VCPU_MONTH"), fields(none));
  }

  @Test
  @DisplayName("Art. 21: bad prices, items and dates are named; nothing is read as a float")
  void art21_badInputNamed() {
    Violations violations = new Violations();
    assertNull(
        PriceChange.from(
            "2026-02-30",
            Map.of(
                "VCPU_MONTH", "1e3",
                "MEMORY_GIB_MONTH", "-1",
                "DISK_GIB_MONTH", "0.12345",
                "GPU_MONTH", "1",
                "BANDWIDTH_MBPS_MONTH", "1000000.0001"),
            violations));
    assertEquals(
        Set.of(
            "effectiveFrom",
            "prices.VCPU_MONTH",
            "prices.MEMORY_GIB_MONTH",
            "prices.DISK_GIB_MONTH",
            "prices.GPU_MONTH",
            "prices.BANDWIDTH_MBPS_MONTH"),
        fields(violations));
    Violations empty = new Violations();
    assertNull(PriceChange.from("2026-01-01", Map.of(), empty));
    assertEquals(Set.of("prices"), fields(empty));
    Violations fine = new Violations();
    PriceChange change = PriceChange.from("2026-01-01", Map.of("VCPU_MONTH", "0.1"), fine);
    assertEquals(new BigDecimal("0.1000"), change.prices().get(PriceItem.VCPU_MONTH));
  }

  @Test
  @DisplayName("Art. 21: exact decimals: 0.1 + 0.2 is 0.30 and a ten-thousandth adds up to fen")
  void art21_exactDecimals() {
    ResourcePlan plan =
        ResourcePlan.of(
            List.of(
                new ResourceLine.CloudStorage(StorageKind.OBJECT, 1),
                new ResourceLine.CloudStorage(StorageKind.FILE, 2)));
    List<SystemAllocation> systems = system(new AllocationHistory.Activated(JAN_1, plan));
    assertEquals(new BigDecimal("0.30"), month(systems, PRICES, 1));
    PriceCatalogue tiny =
        new PriceCatalogue(List.of(price(PriceItem.STORAGE_GIB_MONTH, "0.0001", JAN_1)), List.of());
    ResourcePlan big =
        ResourcePlan.of(List.of(new ResourceLine.CloudStorage(StorageKind.BLOCK, 1_000_000)));
    assertEquals(
        new BigDecimal("100.00"),
        month(system(new AllocationHistory.Activated(JAN_1, big)), tiny, 1));
    assertEquals("12.50", Money.text(new BigDecimal("12.5000")));
    assertEquals("0.0001", Money.text(new BigDecimal("0.0001")));
  }

  @Test
  @DisplayName(
      "Art. 21: a database is an instance plus vCPU, memory and disk; security a service; bandwidth"
          + " Mbps; an item without a price is counted as zero and named")
  void art21_unitsOfMeasure() {
    ResourcePlan plan =
        ResourcePlan.of(
            List.of(
                new ResourceLine.CloudDatabase("PostgreSQL", 2, 4, 10),
                new ResourceLine.CloudSecurity(SecurityService.WAF),
                new ResourceLine.Bandwidth(10)));
    List<SystemAllocation> systems = system(new AllocationHistory.Activated(JAN_1, plan));
    // 500 + 200 + 80 + 10 = 790; 1000; 300
    MonthCost january =
        Showback.month(systems, PRICES, YearMonth.of(2026, 1), LocalDate.of(2026, 1, 31));
    assertEquals(new BigDecimal("790.00"), january.lines().get(0).amount());
    assertEquals(new BigDecimal("1000.00"), january.lines().get(1).amount());
    assertEquals(new BigDecimal("300.00"), january.lines().get(2).amount());
    PriceCatalogue partial =
        new PriceCatalogue(List.of(price(PriceItem.BANDWIDTH_MBPS_MONTH, "30", JAN_1)), List.of());
    MonthCost unpriced =
        Showback.month(systems, partial, YearMonth.of(2026, 1), LocalDate.of(2026, 1, 31));
    assertEquals(
        Set.of(
            PriceItem.DATABASE_INSTANCE_MONTH,
            PriceItem.VCPU_MONTH,
            PriceItem.MEMORY_GIB_MONTH,
            PriceItem.DISK_GIB_MONTH),
        unpriced.lines().get(0).unpriced());
    assertEquals(new BigDecimal("300.00"), unpriced.total());
  }

  @Test
  @DisplayName(
      "Art. 21: the year counts up to today month by month; the projection runs to 31 December")
  void art21_yearAndProjection() {
    List<SystemAllocation> systems =
        system(new AllocationHistory.Activated(LocalDate.of(2026, 11, 1), SMALL));
    YearCost year = Showback.year(systems, PRICES, 2026, LocalDate.of(2026, 11, 15));
    assertEquals(11, year.months().size());
    // 600 × 15 / 30 = 300.00 so far; November and December whole: 1200.00
    assertEquals(new BigDecimal("300.00"), year.total());
    assertEquals(new BigDecimal("1200.00"), year.projected());
  }
}
