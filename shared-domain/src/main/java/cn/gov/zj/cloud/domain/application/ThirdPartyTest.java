package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Art. 9: the third-party test body behind a report required at MLPS level 3 or above, and its CNAS
 * accreditation number.
 *
 * <p>The number is checked for shape only (whether the body is really accredited is for the
 * reviewer, against the CNAS register): "CNAS", then L (a testing laboratory, the usual case for
 * MLPS test bodies) or IB (an inspection body), then 4 or 5 digits. Spaces and case are forgiven
 * and the number is kept in its canonical form, e.g. {@code cnas l1234} → {@code CNAS L1234}.
 */
public record ThirdPartyTest(String body, String accreditationNo) {

  public static final int MAX_BODY = 200;

  private static final Pattern CNAS =
      Pattern.compile("CNAS\\s*(L|IB)\\s*(\\d{4,5})", Pattern.CASE_INSENSITIVE);

  public ThirdPartyTest {
    Objects.requireNonNull(body, "body");
    if (!accreditationNo.equals(canonical(accreditationNo))) {
      throw new IllegalArgumentException("not a canonical CNAS number: " + accreditationNo);
    }
  }

  /** Raw input, {@code "thirdParty": {"body": "…", "accreditationNo": "…"}}; null where absent. */
  public record Draft(String body, String accreditationNo) {}

  /** Art. 9: the valid body and number, or null with the faults under {@code thirdParty.*}. */
  public static ThirdPartyTest from(Draft draft, Violations violations) {
    Draft given = draft == null ? new Draft(null, null) : draft;
    String body =
        Texts.required(
            "thirdParty.body", given.body(), MAX_BODY, "validation.required", violations);
    String number = canonical(given.accreditationNo());
    if (given.accreditationNo() == null || given.accreditationNo().isBlank()) {
      violations.addOnce("thirdParty.accreditationNo", "validation.required");
    } else if (number == null) {
      violations.addOnce("thirdParty.accreditationNo", "application.thirdParty.accreditationNo");
    }
    return body == null || number == null ? null : new ThirdPartyTest(body, number);
  }

  /** {@code CNAS L1234} for any spacing or case of it; null when not of that shape. */
  static String canonical(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = CNAS.matcher(text.strip());
    return m.matches() ? "CNAS " + m.group(1).toUpperCase(Locale.ROOT) + m.group(2) : null;
  }
}
