package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/** Small builders for rule drafts: the statutory values with a change or two. */
final class Drafts {

  private Drafts() {}

  static RulesDraft statutory() {
    return RulesDraft.of(DeadlineRules.provincialDefaults());
  }

  static RulesDraft with(RulesDraft draft, StatutoryStep step, Integer days) {
    Map<String, Integer> limits = new HashMap<>(draft.limits());
    limits.put(step.name(), days);
    return new RulesDraft(limits, draft.trialMin(), draft.trialMax());
  }

  static RulesDraft trial(RulesDraft draft, Integer min, Integer max) {
    return new RulesDraft(draft.limits(), min, max);
  }

  static RulesDraft acceptance(int days) {
    return with(statutory(), StatutoryStep.ACCEPTANCE, days);
  }

  /** The errors of a local draft checked against the provincial rules given. */
  static List<FieldError> localErrors(RulesDraft draft, DeadlineRules provincial) {
    Violations violations = new Violations();
    draft.toLocal(provincial, violations);
    return violations.errors();
  }

  static List<FieldError> provincialErrors(RulesDraft draft) {
    Violations violations = new Violations();
    draft.toProvincial(violations);
    return violations.errors();
  }

  static List<FieldError> thrown(Executable change) {
    return Assertions.assertThrows(InvalidInputException.class, change).errors();
  }
}
