package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;

/** Art. 3, Art. 4: what a tenant records of a using unit (使用单位). */
public record UnitDetails(String name, CreditCode creditCode, String contact) {

  public static final int MAX_NAME = 200;
  public static final int MAX_CONTACT = 200;

  /**
   * Checks raw input, naming the fields {@code name}, {@code creditCode} and {@code contact}; null
   * when anything is wrong, with every fault in {@code violations}.
   */
  public static UnitDetails from(
      String name, String creditCode, String contact, Violations violations) {
    String cleanName = Texts.requiredLine("name", name, MAX_NAME, violations);
    String cleanContact = Texts.requiredLine("contact", contact, MAX_CONTACT, violations);
    String code = CreditCode.normalize(creditCode);
    if (code == null || code.isEmpty()) {
      violations.addOnce("creditCode", "validation.required");
    } else if (!CreditCode.isValid(code)) {
      violations.addOnce("creditCode", "registry.unit.creditCode.invalid");
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new UnitDetails(cleanName, new CreditCode(code), cleanContact);
  }
}
