package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Optional;

/**
 * Art. 18: the security officer of a system as an account: the username of a {@code
 * unit-security-officer} of the system's own unit, beside the officer's display name.
 */
public final class OfficerAccount {

  public static final String FIELD = "securityOfficerAccount";
  public static final int MAX_USERNAME = 200;

  private OfficerAccount() {}

  /** Art. 18: the username as given, stripped; null (none) when blank. */
  public static String username(String text, Violations violations) {
    return Texts.optionalLine(FIELD, text, MAX_USERNAME, violations);
  }

  /**
   * Art. 18: what the staff directory says of that account: empty when it cannot tell (directory
   * out of reach), true when it is a {@code unit-security-officer} of the unit, false otherwise.
   */
  public static void check(Optional<Boolean> officerOfUnit, Violations violations) {
    if (officerOfUnit.isPresent() && !officerOfUnit.get()) {
      violations.addOnce(FIELD, "registry.system.officerAccount.notOfficer");
    }
  }

  /**
   * Art. 18, Art. 20: who decides on a grant for a system: its officer account when it has one,
   * else (null) any of the unit's staff.
   */
  public static boolean decides(String officerAccount, String username) {
    return officerAccount == null || officerAccount.equals(username);
  }
}
