package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;

/**
 * Art. 3: why a unit or a system leaves the registry. A retired record is kept and shown as
 * retired; it takes no new application.
 */
public final class RetireReason {

  public static final int MAX_LENGTH = 500;

  private RetireReason() {}

  /**
   * The reason, stripped; {@link cn.gov.zj.cloud.domain.validation.InvalidInputException} naming
   * {@code reason} when it is blank, too long or unacceptable.
   */
  public static String of(String reason) {
    Violations violations = new Violations();
    String clean = Texts.required("reason", reason, MAX_LENGTH, violations);
    violations.throwIfAny();
    return clean;
  }
}
