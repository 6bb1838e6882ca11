package cn.gov.zj.cloud.domain.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistryInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static SystemDetails.Draft draft(Integer level, CloudStatus status) {
    return new SystemDetails.Draft(
        "  政务服务网  ",
        null,
        level,
        "张三",
        status,
        status == CloudStatus.ON_CLOUD ? TODAY : null,
        null,
        true);
  }

  @Test
  @DisplayName("Art. 3, Art. 18: a complete system draft becomes details, stripped")
  void completeDraft() {
    Violations violations = new Violations();
    SystemDetails details = SystemDetails.from(draft(3, CloudStatus.ON_CLOUD), TODAY, violations);
    assertTrue(violations.isEmpty());
    assertEquals("政务服务网", details.name());
    assertTrue(details.mlpsLevel().needsThirdPartyReport());
  }

  @Test
  @DisplayName("Art. 18: an empty draft names every required field at once")
  void emptyDraftNamesEveryField() {
    Violations violations = new Violations();
    SystemDetails.Draft empty =
        new SystemDetails.Draft(null, null, null, " ", null, null, null, null);
    assertNull(SystemDetails.from(empty, TODAY, violations));
    assertEquals(
        List.of("name", "securityOfficer", "mlpsLevel", "cloudStatus", "publicFacing"),
        violations.errors().stream().map(FieldError::field).toList());
  }

  @Test
  @DisplayName("Art. 18: an MLPS level of 6 is refused by name")
  void levelOutOfRange() {
    Violations violations = new Violations();
    assertNull(SystemDetails.from(draft(6, CloudStatus.MIGRATING), TODAY, violations));
    assertEquals("registry.system.mlpsLevel.range", violations.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 3: a unit needs a name, a valid credit code and a contact")
  void unitRules() {
    Violations violations = new Violations();
    assertNull(UnitDetails.from("", "91350100M000100Y44", null, violations));
    assertEquals(
        List.of("name", "contact", "creditCode"),
        violations.errors().stream().map(FieldError::field).toList());
    assertEquals("registry.unit.creditCode.invalid", violations.errors().get(2).messageKey());

    Violations fine = new Violations();
    UnitDetails unit = UnitDetails.from("杭州市数据资源局", "91350100m000100y43", "0571-1", fine);
    assertNotNull(unit);
    assertEquals("91350100M000100Y43", unit.creditCode().value());
  }
}
