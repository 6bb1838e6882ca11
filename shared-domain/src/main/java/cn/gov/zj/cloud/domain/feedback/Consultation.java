package cn.gov.zj.cloud.domain.feedback;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 23: a question, complaint or suggestion about a tenant's public services: category, subject,
 * text and an optional contact (a mobile or landline number, or an e-mail address), which is
 * personal data: stored encrypted, shown masked, never in statistics.
 */
public record Consultation(
    ConsultationCategory category, String subject, String content, Optional<String> contact) {

  public static final int MAX_SUBJECT = 100;
  public static final int MAX_CONTENT = 2000;
  public static final int MAX_CONTACT = 100;

  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  public Consultation {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contact, "contact");
  }

  /** The submission as a form or a JSON body gives it; null where absent. */
  public record Draft(String category, String subject, String content, String contact) {}

  /** Art. 23: the valid submission, or null with every fault named. */
  public static Consultation from(Draft draft, Violations violations) {
    ConsultationCategory category =
        Texts.constant("category", draft.category(), ConsultationCategory.class, violations);
    String subject = Texts.requiredLine("subject", draft.subject(), MAX_SUBJECT, violations);
    String content = Texts.required("content", draft.content(), MAX_CONTENT, violations);
    String contact = Texts.optionalLine("contact", draft.contact(), MAX_CONTACT, violations);
    if (contact != null && !PHONE.matcher(contact).matches() && !EMAIL.matcher(contact).matches()) {
      violations.addOnce("contact", "feedback.contact.format");
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new Consultation(category, subject, content, Optional.ofNullable(contact));
  }

  /**
   * Art. 23: the contact as it may be shown: a phone number keeps its first three and last four
   * digits, an e-mail address its first character and its domain.
   */
  public static String masked(String contact) {
    if (contact == null || contact.isBlank()) {
      return "";
    }
    int at = contact.indexOf('@');
    if (at > 0) {
      return contact.charAt(0) + "***" + contact.substring(at);
    }
    String digits = contact.replace("-", "");
    if (digits.length() < 8) {
      return "****";
    }
    return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
  }
}
