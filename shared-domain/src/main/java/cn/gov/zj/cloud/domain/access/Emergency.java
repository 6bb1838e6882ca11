package cn.gov.zj.cloud.domain.access;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.util.Optional;

/**
 * Art. 20: emergency access (紧急访问) to a unit's resources without a grant, e.g. to stop an outage:
 * admitted only with its reason, told to the unit's security officer and the competent department
 * at once, and reviewed by one of them afterwards; until then it stays listed as unreviewed.
 */
public final class Emergency {

  /** A reason or review note is at most this long. */
  public static final int MAX_TEXT = 2000;

  private Emergency() {}

  /** Art. 20: the reason an emergency session must give; null (and a violation) when missing. */
  public static String reason(String reason, Violations violations) {
    return Texts.required("reason", reason, MAX_TEXT, violations);
  }

  /**
   * Art. 20: a session may be reviewed only if it was an emergency one, once, and not by the
   * operator who recorded it.
   */
  public static Optional<String> reviewRefusal(
      boolean emergency, Optional<Instant> reviewedAt, String recordedBy, String reviewer) {
    if (!emergency) {
      return Optional.of("access.review.notEmergency");
    }
    if (reviewedAt.isPresent()) {
      return Optional.of("access.review.already");
    }
    if (recordedBy.equalsIgnoreCase(reviewer)) {
      return Optional.of("access.review.own");
    }
    return Optional.empty();
  }
}
