package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.domain.validation.Violations;

/**
 * A yes-or-no query parameter ({@code ?overdue=true}): absent, blank or {@code false} is no, {@code
 * true} is yes, anything else is a fault named after the parameter (Art. 25: 400, never a 500).
 */
public final class QueryFlag {

  private QueryFlag() {}

  public static boolean of(String field, String text, Violations violations) {
    if (text == null || text.isBlank() || "false".equals(text.strip())) {
      return false;
    }
    if (!"true".equals(text.strip())) {
      violations.add(field, "validation.notABoolean");
    }
    return true;
  }
}
