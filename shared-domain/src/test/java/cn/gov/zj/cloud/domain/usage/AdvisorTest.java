package cn.gov.zj.cloud.domain.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.SecurityService;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdvisorTest {

  /** 2 hosts of 8 vCPU. */
  private static final ResourceLine HOSTS = new ResourceLine.CloudHost(2, 8, 16, 40, 0, "Linux");

  private static final UsageRules RULES = UsageRules.PROVINCIAL;

  private static Optional<Advice> advise(ResourceLine line, Days days) {
    return Advisor.advise(7, 0, line, days.month(), RULES);
  }

  private static AdviceKind kind(Days days) {
    return advise(HOSTS, days).map(Advice::kind).orElse(null);
  }

  @Test
  @DisplayName("Art. 15: idle when CPU p95 < 5 % and memory < 20 % on 90 % of 20+ reported days")
  void art15_idleOnNinetyPercentOfTheDays() {
    assertEquals(AdviceKind.IDLE, kind(Days.of().add(27, 4.9, 19.9).add(3, 50, 50)));
  }

  @Test
  @DisplayName("Art. 15: not idle when the idle days fall just short of 90 %")
  void art15_notIdleBelowNinetyPercent() {
    // 26 of 30 = 86.7 %: not idle; the month's p95 (50 %) is within the allocation
    assertEquals(null, kind(Days.of().add(26, 4.9, 19.9).add(4, 50, 50)));
  }

  @Test
  @DisplayName("Art. 15: a day at exactly 5 % CPU p95 or 20 % memory is not idle (below, not at)")
  void art15_idleThresholdsAreStrict() {
    assertEquals(AdviceKind.OVER_PROVISIONED, kind(Days.of().add(30, 5.0, 10)));
    assertEquals(AdviceKind.OVER_PROVISIONED, kind(Days.of().add(30, 4, 20.0)));
  }

  @Test
  @DisplayName("Art. 15: exactly 20 reported days are judged; 19 are no data")
  void art15_twentyDaysAreEnoughNineteenAreNoData() {
    assertEquals(AdviceKind.IDLE, kind(Days.of().add(20, 1, 5)));
    Advice none = advise(HOSTS, Days.of().add(19, 1, 5)).orElseThrow();
    assertEquals(AdviceKind.NO_DATA, none.kind());
    assertEquals(java.util.List.of(0, 19, 20), none.arguments());
  }

  @Test
  @DisplayName("Art. 15: an active line without any sample is no data, whatever its type")
  void art15_noSampleIsNoData() {
    ResourceLine firewall = new ResourceLine.CloudSecurity(SecurityService.values()[0]);
    assertEquals(AdviceKind.NO_DATA, advise(firewall, Days.of()).orElseThrow().kind());
  }

  @Test
  @DisplayName(
      "Art. 15: over-provisioned below 30 % CPU p95, sized to run near 60 %, savings named")
  void art15_overProvisionedSuggestsTheSizeNearSixtyPercent() {
    // p95 24 % of 8 vCPU = 1.92 vCPU busy: 4 vCPU run at 48 %, 3 at 64 %: ceil(8*24/60) = 4
    Advice advice = advise(HOSTS, Days.of().add(30, 24, 50)).orElseThrow();
    assertEquals(AdviceKind.OVER_PROVISIONED, advice.kind());
    Advice.Resize resize = advice.suggested().orElseThrow();
    assertEquals(4, resize.vcpuSuggested());
    assertEquals(8, resize.saved(), "2 hosts × (8 − 4) vCPU");
  }

  @Test
  @DisplayName("Art. 15: at exactly 30 % CPU p95 a line is not over-provisioned")
  void art15_thirtyPercentIsNotOverProvisioned() {
    assertEquals(null, kind(Days.of().add(30, 30, 50)));
    assertEquals(AdviceKind.OVER_PROVISIONED, kind(Days.of().add(30, 29.9, 50)));
  }

  @Test
  @DisplayName("Art. 15: under-provisioned above 85 % CPU p95, with the vCPU to add")
  void art15_underProvisionedAboveEightyFivePercent() {
    assertEquals(null, kind(Days.of().add(30, 85, 50)));
    Advice advice = advise(HOSTS, Days.of().add(30, 95, 50)).orElseThrow();
    assertEquals(AdviceKind.UNDER_PROVISIONED, advice.kind());
    // ceil(8 * 95 / 60) = 13 vCPU per host: 2 × 5 more
    assertEquals(13, advice.suggested().orElseThrow().vcpuSuggested());
    assertEquals(-10, advice.suggested().orElseThrow().saved());
  }

  @Test
  @DisplayName("Art. 15: the month's p95 is the 95th percentile of the days (a short peak passes)")
  void art15_monthP95IgnoresOneDayPeak() {
    // 29 quiet days and one peak: nearest rank 29 of 30 is quiet
    LineMonth month = Days.of().add(29, 20, 50).add(1, 99, 50).month();
    assertEquals(20, month.cpuP95Pct().orElseThrow(), 1e-9);
    assertEquals(AdviceKind.OVER_PROVISIONED, kind(Days.of().add(29, 20, 50).add(1, 99, 50)));
    assertEquals(AdviceKind.UNDER_PROVISIONED, kind(Days.of().add(28, 20, 50).add(2, 99, 50)));
  }

  @Test
  @DisplayName("Art. 15: a one-vCPU line is never advised smaller; storage has no CPU advice")
  void art15_noResizeBelowOneVcpuNorForStorage() {
    ResourceLine small = new ResourceLine.CloudDatabase("PostgreSQL", 1, 2, 10);
    assertTrue(advise(small, Days.of().add(30, 10, 50)).isEmpty());
    ResourceLine bandwidth = new ResourceLine.Bandwidth(100);
    assertTrue(advise(bandwidth, Days.of().add(30, 1, 1)).isEmpty());
  }

  @Test
  @DisplayName("Art. 15, Art. 25: a tenant's own thresholds replace the provincial defaults")
  void art15_localThresholdsGovern() {
    UsageRules strict = new UsageRules(10, 30, 80, 25, 40, 80, 50);
    Days days = Days.of().add(22, 35, 50);
    assertEquals(
        AdviceKind.NO_DATA, Advisor.advise(7, 0, HOSTS, days.month(), strict).orElseThrow().kind());
    Days full = Days.of().add(30, 35, 50);
    Advice advice = Advisor.advise(7, 0, HOSTS, full.month(), strict).orElseThrow();
    assertEquals(AdviceKind.OVER_PROVISIONED, advice.kind());
    assertEquals(6, advice.suggested().orElseThrow().vcpuSuggested(), "ceil(8 × 35 / 50)");
    assertTrue(Advisor.advise(7, 0, HOSTS, full.month(), RULES).isEmpty());
  }
}
