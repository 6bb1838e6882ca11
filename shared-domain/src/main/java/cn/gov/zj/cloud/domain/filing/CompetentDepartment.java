package cn.gov.zj.cloud.domain.filing;

import cn.gov.zj.cloud.domain.staff.StaffDetails;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.regex.Pattern;

/**
 * Art. 4, 5: a tenant's competent department (行政主管部门) with the person to contact, and the platform
 * its units use.
 */
public record CompetentDepartment(
    String name, String contactPerson, String phone, String email, PlatformChoice platform) {

  public static final int MAX_NAME = 200;
  public static final int MAX_PERSON = 100;

  /** A landline or mobile number as people write it: digits, spaces, +, - and parentheses. */
  private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,40}");

  /**
   * Art. 5: the checked department, or null with every fault named ({@code department}, {@code
   * contactPerson}, {@code phone}, {@code email}, {@code platform}).
   */
  public static CompetentDepartment check(
      String name,
      String contactPerson,
      String phone,
      String email,
      PlatformChoice platform,
      Violations violations) {
    String department = Texts.requiredLine("department", name, MAX_NAME, violations);
    String person = Texts.requiredLine("contactPerson", contactPerson, MAX_PERSON, violations);
    String number = Texts.requiredLine("phone", phone, 40, violations);
    if (number != null && !PHONE.matcher(number).matches()) {
      violations.addOnce("phone", "profile.phone.shape");
    }
    String mail = StaffDetails.email(email, violations);
    if (platform == null) {
      violations.addOnce("platform", "validation.required");
    }
    return violations.isEmpty()
        ? new CompetentDepartment(department, person, number, mail, platform)
        : null;
  }
}
