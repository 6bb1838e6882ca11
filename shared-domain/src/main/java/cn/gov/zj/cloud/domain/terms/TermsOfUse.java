package cn.gov.zj.cloud.domain.terms;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Optional;

/**
 * Art. 16: the platform's terms of lawful use in force. Its text lives in the messages bundles
 * under {@link #TEXT_KEY} (Chinese first, English complete); a new version gets a new version
 * string, and every unit accepts it again before its next submission.
 *
 * @param version the version string, e.g. {@code 2026-1}
 */
public record TermsOfUse(String version) {

  /** Art. 16: the version in force. */
  public static final TermsOfUse CURRENT = new TermsOfUse("2026-1");

  /** The bundle key of the terms' text. */
  public static final String TEXT_KEY = "terms.text";

  /** The bundle key of the terms' title. */
  public static final String TITLE_KEY = "terms.title";

  /**
   * Art. 16: a unit accepts only the version in force: {@code version} must name it, else a fault
   * on the field {@code version}.
   */
  public void checkAccepted(String version, Violations violations) {
    if (version == null || version.isBlank()) {
      violations.addOnce("version", "validation.required");
    } else if (!this.version.equals(version.strip())) {
      violations.addOnce("version", "terms.version.notCurrent", this.version);
    }
  }

  /**
   * Art. 16: whether a unit that accepted {@code accepted} (empty: never) may submit an application
   * under these terms.
   */
  public boolean admits(Optional<String> accepted) {
    return accepted.map(version::equals).orElse(false);
  }
}
