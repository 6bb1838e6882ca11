package cn.gov.zj.cloud.publicportal.web;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.function.Function;

/** Art. 23: what a form typed, checked before anything is stored. */
public final class Inputs {

  private Inputs() {}

  /**
   * The domain's value built from what was typed ({@code from} names every fault it finds).
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming every fault
   */
  public static <T> T valid(Function<Violations, T> from) {
    Violations violations = new Violations();
    T value = from.apply(violations);
    violations.throwIfAny();
    return value;
  }

  /**
   * The fields a lookup cannot do without; each blank one is named as required.
   *
   * @param namesAndValues field name, typed value, field name, typed value, …
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming every blank field
   */
  public static void required(String... namesAndValues) {
    Violations violations = new Violations();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      String value = namesAndValues[i + 1];
      if (value == null || value.isBlank()) {
        violations.add(namesAndValues[i], "validation.required");
      }
    }
    violations.throwIfAny();
  }
}
