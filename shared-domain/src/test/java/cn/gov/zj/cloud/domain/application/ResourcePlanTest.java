package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.Fixtures.ASKED;
import static cn.gov.zj.cloud.domain.application.Fixtures.assertTranslated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResourcePlanTest {

  private static List<String> fields(Violations violations) {
    violations.errors().forEach(Fixtures::assertTranslated);
    return violations.errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("Art. 7: the issue's example lines become a plan with its totals")
  void example() {
    Violations violations = new Violations();
    ResourcePlan plan = ResourcePlan.from(ASKED, new ElasticRange.Draft(2, 6), violations);
    assertEquals(List.of(), violations.errors());
    assertEquals(
        new ResourceLine.CloudHost(2, 8, 32, 100, 500, "openEuler 22.03"), plan.lines().get(0));
    assertEquals(new ResourceLine.CloudSecurity(SecurityService.WAF), plan.lines().get(3));
    // hosts 2×(100+500) + database 200 + object storage 1024
    assertEquals(new ResourceTotals(2, 20, 80, 2424, 50), plan.totals());
    assertEquals(Optional.of(new ElasticRange(2, 6)), plan.elastic());
  }

  @Test
  @DisplayName("Art. 7: every bad field of every line is named by its path")
  void fieldPaths() {
    Violations violations = new Violations();
    List<ResourceDraft> drafts =
        List.of(
            Lines.host(0, 8, 32, 10, 500),
            Lines.database(" ", 4, 4096, 200),
            Lines.storage("TAPE", 1024),
            Lines.security("ANTIVIRUS"),
            Lines.bandwidth(20_000));
    assertNull(ResourcePlan.from(drafts, null, violations));
    assertEquals(
        List.of(
            "resources[0].quantity",
            "resources[0].systemDiskGiB",
            "resources[1].engine",
            "resources[1].memoryGiB",
            "resources[2].kind",
            "resources[3].service",
            "resources[4].mbps"),
        fields(violations));
    assertEquals("validation.unknownValue", violations.errors().get(5).messageKey());
    assertEquals(
        List.of("WAF, ANTI_DDOS, HOST_SECURITY, DATABASE_AUDIT, BASTION_HOST"),
        violations.errors().get(5).arguments());
  }

  @Test
  @DisplayName("Art. 7: a line names a known type and no field of another type")
  void typeAndForeignFields() {
    Violations violations = new Violations();
    ResourceDraft bandwidthWithCpu =
        new ResourceDraft(
            "BANDWIDTH", null, 4, null, null, null, null, null, null, null, null, null, 50);
    ResourceDraft untyped =
        new ResourceDraft(null, 1, 1, 1, 40, 0, "x", null, null, null, null, null, null);
    assertNull(ResourcePlan.from(List.of(bandwidthWithCpu, untyped), null, violations));
    assertEquals(List.of("resources[0].vcpu", "resources[1].type"), fields(violations));
    assertEquals("validation.unknownField", violations.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 7: at least one resource line is asked for")
  void atLeastOneLine() {
    Violations violations = new Violations();
    assertNull(ResourcePlan.from(List.of(), null, violations));
    assertEquals(List.of("resources"), fields(violations));
    assertThrows(IllegalArgumentException.class, () -> ResourcePlan.of(List.of()));
  }

  @Test
  @DisplayName("Art. 10: an elastic range is ordered, in bounds, and holds the hosts asked for")
  void elasticRange() {
    Violations reversed = new Violations();
    assertNull(ResourcePlan.from(ASKED, new ElasticRange.Draft(6, 2), reversed));
    assertEquals(List.of("elastic.max"), fields(reversed));

    Violations outOfBounds = new Violations();
    assertNull(ResourcePlan.from(ASKED, new ElasticRange.Draft(0, null), outOfBounds));
    assertEquals(List.of("elastic.min", "elastic.max"), fields(outOfBounds));

    Violations outside = new Violations();
    assertNull(ResourcePlan.from(ASKED, new ElasticRange.Draft(3, 6), outside));
    assertEquals("application.elastic.hostsOutside", outside.errors().get(0).messageKey());

    Violations noHosts = new Violations();
    assertNull(
        ResourcePlan.from(List.of(Lines.bandwidth(10)), new ElasticRange.Draft(1, 2), noHosts));
    assertEquals("application.elastic.noHosts", noHosts.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 7: a data disk may be left out (none)")
  void noDataDisk() {
    Violations violations = new Violations();
    ResourceDraft host =
        new ResourceDraft(
            "CLOUD_HOST", 1, 2, 4, 40, null, "麒麟 V10", null, null, null, null, null, null);
    ResourcePlan plan = ResourcePlan.from(List.of(host), null, violations);
    assertEquals(40, plan.totals().storageGiB());
    assertTranslated("application.resources.tooMany");
  }
}
