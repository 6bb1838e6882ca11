package cn.gov.zj.cloud.domain.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OfficerAndAssessmentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  @DisplayName("Art. 18: an officer account the directory denies names securityOfficerAccount")
  void art18_anAccountThatIsNoOfficerIsRefused() {
    Violations denied = new Violations();
    OfficerAccount.check(Optional.of(false), denied);
    assertEquals(List.of("securityOfficerAccount"), fields(denied));
    Violations confirmed = new Violations();
    OfficerAccount.check(Optional.of(true), confirmed);
    assertTrue(confirmed.isEmpty());
    Violations unknown = new Violations();
    OfficerAccount.check(Optional.empty(), unknown);
    assertTrue(unknown.isEmpty(), "kept unchecked when the directory cannot tell");
  }

  @Test
  @DisplayName("Art. 18: a blank officer account is none; a control character is refused")
  void art18_blankAccountIsNone() {
    Violations faults = new Violations();
    assertNull(OfficerAccount.username("   ", faults));
    assertEquals("hz.officer", OfficerAccount.username(" hz.officer ", faults));
    assertTrue(faults.isEmpty());
    OfficerAccount.username("a\u0000b", faults);
    assertEquals(List.of("securityOfficerAccount"), fields(faults));
  }

  @Test
  @DisplayName("Art. 18, Art. 20: the named officer alone decides; without one the unit's staff do")
  void art18_theNamedOfficerDecides() {
    assertTrue(OfficerAccount.decides("hz.officer", "hz.officer"));
    assertFalse(OfficerAccount.decides("hz.officer", "hz.applicant"));
    assertTrue(OfficerAccount.decides(null, "hz.applicant"));
  }

  @Test
  @DisplayName("Art. 18: level 3 and above without a CNAS assessment is flagged, below it is not")
  void art18_levelThreeAndAboveNeedsAnAssessment() {
    assertTrue(CnasAssessment.missingFor(new MlpsLevel(3), false));
    assertTrue(CnasAssessment.missingFor(new MlpsLevel(5), false));
    assertFalse(CnasAssessment.missingFor(new MlpsLevel(3), true));
    assertFalse(CnasAssessment.missingFor(new MlpsLevel(2), false));
  }

  @Test
  @DisplayName("Art. 18: an assessment names institution, report number, date and conclusion")
  void art18_assessmentFieldsAreChecked() {
    Violations faults = new Violations();
    assertNull(
        CnasAssessment.from(
            new CnasAssessment.Draft(" ", null, TODAY.plusDays(1), ""), TODAY, faults));
    assertEquals(List.of("conclusion", "institution", "reportDate", "reportNo"), fields(faults));
    Violations none = new Violations();
    CnasAssessment ok =
        CnasAssessment.from(
            new CnasAssessment.Draft(" 浙江省信息安全测评中心 ", "CNAS-2026-001", TODAY, "符合三级要求"),
            TODAY,
            none);
    assertTrue(none.isEmpty());
    assertEquals("浙江省信息安全测评中心", ok.institution());
  }

  private static List<String> fields(Violations violations) {
    return violations.errors().stream().map(FieldError::field).sorted().toList();
  }
}
