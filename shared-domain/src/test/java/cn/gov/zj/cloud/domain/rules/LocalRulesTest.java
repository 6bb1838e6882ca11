package cn.gov.zj.cloud.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalRulesTest {

  private static final DeadlineRules PROVINCE = DeadlineRules.provincialDefaults();

  @Test
  @DisplayName("Art. 25: a city may shorten acceptance to 2 working days")
  void shortenAcceptance() {
    Violations violations = new Violations();
    DeadlineRules local = Drafts.acceptance(2).toLocal(PROVINCE, violations);
    assertEquals(List.of(), violations.errors());
    assertEquals(2, local.limit(StatutoryStep.ACCEPTANCE).value());
  }

  @Test
  @DisplayName("Art. 25: a city may not lengthen acceptance to 4; limits.ACCEPTANCE names the 3")
  void lengthenAcceptance() {
    Violations violations = new Violations();
    assertNull(Drafts.acceptance(4).toLocal(PROVINCE, violations));
    assertEquals(
        List.of(FieldError.of("limits.ACCEPTANCE", "rules.limit.longerThanProvincial", 3)),
        violations.errors());
  }

  @Test
  @DisplayName("Art. 25: a city's limit is checked against the provincial default, not the statute")
  void againstProvincialInForce() {
    DeadlineRules province = Drafts.acceptance(5).toProvincial(new Violations());
    assertEquals(List.of(), Drafts.localErrors(Drafts.acceptance(4), province));
    assertEquals(
        List.of(FieldError.of("limits.ACCEPTANCE", "rules.limit.longerThanProvincial", 5)),
        Drafts.localErrors(Drafts.acceptance(6), province));
  }

  @Test
  @DisplayName("Art. 9, Art. 25: a city may narrow the trial window from either end")
  void narrowTrial() {
    assertEquals(List.of(), Drafts.localErrors(Drafts.trial(Drafts.statutory(), 20, 30), PROVINCE));
    assertEquals(List.of(), Drafts.localErrors(Drafts.trial(Drafts.statutory(), 15, 21), PROVINCE));
    assertEquals(List.of(), Drafts.localErrors(Drafts.trial(Drafts.statutory(), 18, 18), PROVINCE));
  }

  @Test
  @DisplayName("Art. 9, Art. 25: a city may not widen the trial window at either end")
  void widenTrial() {
    assertEquals(
        List.of(
            FieldError.of("trial.min", "rules.trial.min.belowProvincial", 15),
            FieldError.of("trial.max", "rules.trial.max.aboveProvincial", 30)),
        Drafts.localErrors(Drafts.trial(Drafts.statutory(), 10, 45), PROVINCE));
  }

  @Test
  @DisplayName("Art. 9: a city's longest trial may not be below its shortest")
  void localTrialOrder() {
    assertEquals(
        List.of(FieldError.of("trial.max", "rules.trial.maxBelowMin", 25)),
        Drafts.localErrors(Drafts.trial(Drafts.statutory(), 25, 20), PROVINCE));
  }

  @Test
  @DisplayName("Art. 25: every offending limit is named at once")
  void everyLimitNamed() {
    RulesDraft draft = Drafts.with(Drafts.acceptance(4), StatutoryStep.RECLAMATION, 61);
    assertEquals(
        List.of(
            FieldError.of("limits.ACCEPTANCE", "rules.limit.longerThanProvincial", 3),
            FieldError.of("limits.RECLAMATION", "validation.outOfRange", 1, 60)),
        Drafts.localErrors(draft, PROVINCE));
  }
}
