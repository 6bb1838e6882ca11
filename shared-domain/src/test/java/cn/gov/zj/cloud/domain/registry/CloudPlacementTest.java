package cn.gov.zj.cloud.domain.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CloudPlacementTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static List<FieldError> check(CloudStatus status, LocalDate since, String basis) {
    Violations violations = new Violations();
    new CloudPlacement(status, since, basis).check(TODAY, violations);
    return violations.errors();
  }

  @Test
  @DisplayName("Art. 3: a system on the cloud names the date, not in the future")
  void onCloudNeedsPastDate() {
    assertTrue(check(CloudStatus.ON_CLOUD, TODAY, null).isEmpty());
    assertEquals(
        "registry.system.onCloudSince.required",
        check(CloudStatus.ON_CLOUD, null, null).get(0).messageKey());
    assertEquals(
        "registry.system.onCloudSince.future",
        check(CloudStatus.ON_CLOUD, TODAY.plusDays(1), null).get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 3: a system exempt by law names its legal basis")
  void exemptNeedsBasis() {
    assertTrue(check(CloudStatus.EXEMPT, null, "《保守国家秘密法》第二十四条").isEmpty());
    List<FieldError> errors = check(CloudStatus.EXEMPT, null, "  ");
    assertEquals("exemptionBasis", errors.get(0).field());
    assertEquals("registry.system.exemptionBasis.required", errors.get(0).messageKey());
    assertEquals(
        "validation.tooLong", check(CloudStatus.EXEMPT, null, "法".repeat(501)).get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 3: migrating and not-migrated systems carry neither date nor basis")
  void otherStatusesCarryNeither() {
    assertTrue(check(CloudStatus.MIGRATING, null, null).isEmpty());
    assertTrue(check(CloudStatus.NOT_MIGRATED, null, "").isEmpty());
    List<FieldError> errors = check(CloudStatus.MIGRATING, TODAY, "依据");
    assertEquals(
        List.of("onCloudSince", "exemptionBasis"), errors.stream().map(FieldError::field).toList());
  }

  @Test
  @DisplayName("Art. 3: the cloud status itself is required")
  void statusRequired() {
    assertEquals("cloudStatus", check(null, null, null).get(0).field());
  }

  @Test
  @DisplayName("Art. 22: only systems on the cloud count towards the adoption ratio")
  void adoptionCount() {
    assertTrue(CloudStatus.ON_CLOUD.countsAsOnCloud());
    for (CloudStatus other :
        List.of(CloudStatus.MIGRATING, CloudStatus.NOT_MIGRATED, CloudStatus.EXEMPT)) {
      assertEquals(false, other.countsAsOnCloud());
    }
  }

  @Test
  @DisplayName("Art. 3: activation makes a planned system new on cloud and any other migrated")
  void art3_entryOnActivationTellsNewFromMigrated() {
    assertEquals(CloudEntry.NEW, CloudStatus.PLANNED.entryOnActivation());
    for (CloudStatus before :
        List.of(CloudStatus.NOT_MIGRATED, CloudStatus.MIGRATING, CloudStatus.OFF_CLOUD)) {
      assertEquals(CloudEntry.MIGRATED, before.entryOnActivation(), before.name());
    }
    assertTrue(check(CloudStatus.PLANNED, null, null).isEmpty());
    assertTrue(check(CloudStatus.OFF_CLOUD, null, null).isEmpty());
  }
}
