package cn.gov.zj.cloud.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.registry.UnitDetails;
import cn.gov.zj.cloud.domain.staff.StaffDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static List<String> faults(Violations violations) {
    return violations.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList();
  }

  private static List<String> nameFaults(String name) {
    Violations violations = new Violations();
    Texts.requiredLine("name", name, 200, violations);
    return faults(violations);
  }

  @Test
  @DisplayName("Attack: a NUL byte in a name (PostgreSQL refuses 0x00, once a 500) is refused")
  void aNulByteInANameIs400() {
    assertEquals(List.of("name:validation.controlCharacter"), nameFaults("杭州\u0000市"));
  }

  @Test
  @DisplayName("Attack: other C0 controls (bell, escape, a line break) in a one-line name")
  void controlCharactersInANameAreRefused() {
    assertEquals(List.of("name:validation.controlCharacter"), nameFaults("a\u0007b"));
    assertEquals(List.of("name:validation.controlCharacter"), nameFaults("a\u001b[31mb"));
    assertEquals(List.of("name:validation.controlCharacter"), nameFaults("第一行\n第二行"));
    assertEquals(List.of("name:validation.controlCharacter"), nameFaults("a\u0085b"));
  }

  @Test
  @DisplayName("Multi-line fields keep tabs and line breaks, but never NUL")
  void multiLineTextKeepsLineBreaks() {
    Violations violations = new Violations();
    assertEquals("第一行\r\n\t第二行", Texts.optional("content", "第一行\r\n\t第二行", 100, violations));
    assertNull(Texts.optional("content", "a\u0000", 100, violations));
    assertEquals(List.of("content:validation.controlCharacter"), faults(violations));
  }

  @Test
  @DisplayName(
      "Attack: a bidi override (U+202E) shows a reviewer reversed text; every bidi control is refused")
  void aBidiOverrideInANameIs400() {
    for (char c : "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069".toCharArray()) {
      assertEquals(List.of("name:validation.bidiControl"), nameFaults("invoice" + c + "fdp.exe"));
    }
  }

  @Test
  @DisplayName("Attack: a name of zero-width characters or spaces only shows as nothing")
  void aZeroWidthOnlyNameIs400() {
    assertEquals(List.of("name:validation.noVisibleCharacter"), nameFaults("\u200b\u200c\u200d"));
    assertEquals(
        List.of("name:validation.noVisibleCharacter"), nameFaults("\ufeff\u2060 \u3000\u200b"));
    assertEquals(List.of("name:validation.noVisibleCharacter"), nameFaults("\u3164"));
    assertEquals(List.of("name:validation.required"), nameFaults(" \u3000 "));
  }

  @Test
  @DisplayName("Ordinary Chinese, English and emoji names pass unchanged, stripped")
  void ordinaryTextPasses() {
    Violations violations = new Violations();
    assertEquals("杭州市数据资源管理局", Texts.requiredLine("name", " 杭州市数据资源管理局 ", 200, violations));
    assertEquals("Café 👍 (A&B)", Texts.requiredLine("name", "Café 👍 (A&B)", 200, violations));
    assertEquals(List.of(), faults(violations));
    assertEquals(Optional.empty(), Texts.fault("e\u0301", false));
  }

  @Test
  @DisplayName("Attack: an over-long name is refused naming the field")
  void anOverLongNameIs400() {
    assertEquals(List.of("name:validation.tooLong"), nameFaults("名".repeat(201)));
  }

  @Test
  @DisplayName("The rule holds in the domain: unit names, staff names, consultation subjects")
  void theDomainUsesTheRule() {
    Violations unit = new Violations();
    UnitDetails.from("\u202eevil", "91330100MA2B3C4D5E", "\u0000", unit);
    assertEquals(
        List.of("name:validation.bidiControl", "contact:validation.controlCharacter"),
        faults(unit).subList(0, 2));
    Violations staff = new Violations();
    StaffDetails.from(
        new StaffDetails.Draft("li.si", "\u200b", "局长\u202e", "ls@hz.gov.cn", "reviewer", null),
        staff);
    assertEquals(
        List.of("firstName:validation.noVisibleCharacter", "lastName:validation.bidiControl"),
        faults(staff));
    Violations consultation = new Violations();
    Consultation.from(
        new Consultation.Draft("COMPLAINT", "投诉\u0000", "内容\n第二行", null), consultation);
    assertEquals(List.of("subject:validation.controlCharacter"), faults(consultation));
  }
}
