package cn.gov.zj.cloud.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubmissionsTest {

  private static List<String> fields(Violations violations) {
    return violations.errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName(
      "Art. 23: a citizen rates with one of the four grades, optional tags and a comment of 500 characters at most")
  void citizenRating() {
    Violations ok = new Violations();
    CitizenRating rating =
        CitizenRating.from(
            new CitizenRating.Draft(7L, "SATISFIED", List.of("RESPONSIVE", "EFFICIENT"), " 很好 "),
            ok);
    assertTrue(ok.isEmpty());
    assertEquals(Grade.SATISFIED, rating.grade());
    assertEquals(Set.of(RatingTag.RESPONSIVE, RatingTag.EFFICIENT), rating.tags());
    assertEquals("很好", rating.comment().orElseThrow());

    Violations bad = new Violations();
    assertNull(
        CitizenRating.from(
            new CitizenRating.Draft(null, "GOOD", List.of("LOUD"), "长".repeat(501)), bad));
    assertEquals(List.of("serviceId", "grade", "tags[0]", "comment"), fields(bad));
  }

  @Test
  @DisplayName(
      "Art. 23: a unit rates a provider event with a grade and response and quality scores of 1–5")
  void providerRating() {
    Violations bad = new Violations();
    assertNull(ProviderRating.from(new ProviderRating.Draft("DISSATISFIED", 0, null, null), bad));
    assertEquals(List.of("responseScore", "qualityScore"), fields(bad));
    Violations ok = new Violations();
    ProviderRating rating =
        ProviderRating.from(new ProviderRating.Draft("DISSATISFIED", 2, 1, "环境交付延迟"), ok);
    assertEquals(Grade.DISSATISFIED, rating.grade());
    assertEquals(2, rating.responseScore());
  }

  @Test
  @DisplayName(
      "Art. 23: a consultation needs a category, subject and text; the contact is a phone number or an e-mail address")
  void consultation() {
    Violations bad = new Violations();
    assertNull(Consultation.from(new Consultation.Draft("PRAISE", " ", null, "call me"), bad));
    assertEquals(List.of("category", "subject", "content", "contact"), fields(bad));

    for (String contact : List.of("13812345678", "0571-87654321", "zhang.san@example.cn")) {
      Violations ok = new Violations();
      Consultation.from(new Consultation.Draft("COMPLAINT", "办事慢", "等了很久", contact), ok);
      assertTrue(ok.isEmpty(), contact);
    }
    Violations none = new Violations();
    assertFalse(
        Consultation.from(new Consultation.Draft("SUGGESTION", "建议", "增加夜间服务", null), none)
            .contact()
            .isPresent());
  }

  @Test
  @DisplayName("Art. 23: contact details are shown masked")
  void masking() {
    assertEquals("138****5678", Consultation.masked("13812345678"));
    assertEquals("057****4321", Consultation.masked("0571-87654321"));
    assertEquals("z***@example.cn", Consultation.masked("zhang.san@example.cn"));
    assertEquals("", Consultation.masked(null));
  }
}
