package cn.gov.zj.cloud.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.validation.FieldError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleBookTest {

  private static final Instant MARCH = Instant.parse("2025-03-03T02:00:00Z");
  private static final Instant APRIL = Instant.parse("2025-04-01T02:00:00Z");
  private static final Instant MAY = Instant.parse("2025-05-06T02:00:00Z");

  private static final StatutoryStep ACCEPTANCE = StatutoryStep.ACCEPTANCE;

  /** Hangzhou shortened acceptance to 2 working days in March. */
  private static RuleBook cityAtTwo() {
    return RuleBook.statutory().changeLocal(Drafts.acceptance(2), MARCH, MARCH);
  }

  @Test
  @DisplayName("Art. 8, Art. 25: with no change anywhere, the statute governs as version 0")
  void statuteFirst() {
    RuleInForce rule = RuleBook.statutory().ruleFor(ACCEPTANCE, MARCH);
    assertEquals(
        new RuleInForce(
            ACCEPTANCE, WorkingDays.of(3), new RuleOrigin(RuleSource.PROVINCIAL, 0, Instant.EPOCH)),
        rule);
  }

  @Test
  @DisplayName("Art. 25: a local change applies to steps that start after it, not to running ones")
  void effectiveDating() {
    RuleBook book = cityAtTwo();
    assertEquals(3, book.ruleFor(ACCEPTANCE, MARCH.minusSeconds(1)).limit().value());
    assertEquals(3, book.ruleFor(ACCEPTANCE, MARCH).limit().value());
    RuleInForce after = book.ruleFor(ACCEPTANCE, MARCH.plusSeconds(1));
    assertEquals(2, after.limit().value());
    assertEquals(new RuleOrigin(RuleSource.LOCAL, 1, MARCH), after.origin());
  }

  @Test
  @DisplayName("Art. 25: steps a city's rule does not shorten stay provincial")
  void untouchedStepsProvincial() {
    RuleInForce approval = cityAtTwo().ruleFor(StatutoryStep.APPROVAL, APRIL);
    assertEquals(RuleSource.PROVINCIAL, approval.origin().source());
    assertEquals(2, approval.limit().value());
  }

  @Test
  @DisplayName("Art. 25: a province lowering a default below a city's rule: the lower applies")
  void lowerOfTheTwo() {
    RuleBook book = cityAtTwo().changeProvincial(Drafts.acceptance(1), APRIL, APRIL);
    assertEquals(
        new RuleInForce(
            ACCEPTANCE, WorkingDays.of(1), new RuleOrigin(RuleSource.PROVINCIAL, 1, APRIL)),
        book.ruleFor(ACCEPTANCE, MAY));
    assertEquals(2, book.ruleFor(ACCEPTANCE, APRIL).limit().value());
  }

  @Test
  @DisplayName("Art. 25: a province raising a default keeps a city's shorter rule")
  void raisedDefaultKeepsLocal() {
    RuleBook book = cityAtTwo().changeProvincial(Drafts.acceptance(5), APRIL, APRIL);
    assertEquals(RuleSource.LOCAL, book.ruleFor(ACCEPTANCE, MAY).origin().source());
    assertEquals(2, book.ruleFor(ACCEPTANCE, MAY).limit().value());
  }

  @Test
  @DisplayName("Art. 25: a local change is checked against the provincial rule of its start")
  void checkedAgainstProvincialThen() {
    RuleBook book = RuleBook.statutory().changeProvincial(Drafts.acceptance(5), APRIL, MARCH);
    assertEquals(
        List.of(FieldError.of("limits.ACCEPTANCE", "rules.limit.longerThanProvincial", 3)),
        Drafts.thrown(() -> book.changeLocal(Drafts.acceptance(4), MARCH, MARCH)));
    RuleBook later = book.changeLocal(Drafts.acceptance(4), MAY, MARCH);
    assertEquals(4, later.ruleFor(ACCEPTANCE, MAY.plusSeconds(1)).limit().value());
  }

  @Test
  @DisplayName("Art. 9, Art. 25: a city's narrowed trial window governs, cut to the province's")
  void trialInForce() {
    RuleBook book =
        RuleBook.statutory().changeLocal(Drafts.trial(Drafts.statutory(), 20, 25), MARCH, MARCH);
    assertEquals(
        new TrialInForce(new TrialBounds(20, 25), new RuleOrigin(RuleSource.LOCAL, 1, MARCH)),
        book.inForceFor(APRIL).trial());
    RuleBook cut = book.changeProvincial(Drafts.trial(Drafts.statutory(), 15, 22), APRIL, APRIL);
    assertEquals(new TrialBounds(20, 22), cut.inForceFor(MAY).trial().bounds());
    RuleBook past = book.changeProvincial(Drafts.trial(Drafts.statutory(), 26, 40), APRIL, APRIL);
    assertEquals(
        new TrialInForce(new TrialBounds(26, 40), new RuleOrigin(RuleSource.PROVINCIAL, 1, APRIL)),
        past.inForceFor(MAY).trial());
  }

  @Test
  @DisplayName("Art. 25: the rules a tenant works under combine both keepers step by step")
  void effectiveSet() {
    RuleBook book =
        cityAtTwo()
            .changeProvincial(
                Drafts.with(Drafts.statutory(), StatutoryStep.APPROVAL, 1), APRIL, APRIL);
    DeadlineRules effective = book.inForceFor(MAY).effective();
    assertEquals(2, effective.limit(ACCEPTANCE).value());
    assertEquals(1, effective.limit(StatutoryStep.APPROVAL).value());
    assertEquals(5, effective.limit(StatutoryStep.CHANGE_APPROVAL).value());
  }

  @Test
  @DisplayName("Art. 25: a change cannot take effect in the past, nor before the latest one")
  void noRetroactiveChange() {
    assertEquals(
        List.of(FieldError.of("effectiveFrom", "rules.effectiveFrom.past")),
        Drafts.thrown(() -> RuleBook.statutory().changeLocal(Drafts.acceptance(2), MARCH, APRIL)));
    RuleBook scheduled = RuleBook.statutory().changeLocal(Drafts.acceptance(2), MAY, MARCH);
    assertEquals(
        List.of(
            FieldError.of("effectiveFrom", "rules.effectiveFrom.notAfterLatest", MAY.toString())),
        Drafts.thrown(() -> scheduled.changeLocal(Drafts.acceptance(1), APRIL, MARCH)));
  }

  @Test
  @DisplayName("Art. 25: a refused change names the instant and the fields together")
  void allErrorsAtOnce() {
    assertEquals(
        List.of(
            FieldError.of("effectiveFrom", "validation.required"),
            FieldError.of("limits.ACCEPTANCE", "rules.limit.longerThanProvincial", 3)),
        Drafts.thrown(() -> RuleBook.statutory().changeLocal(Drafts.acceptance(4), null, MARCH)));
  }

  @Test
  @DisplayName("Art. 25: a history is numbered 1, 2, 3… and each version starts after the last")
  void historyShape() {
    RuleBook book = cityAtTwo().changeLocal(Drafts.acceptance(1), APRIL, APRIL);
    assertEquals(List.of(1, 2), book.local().versions().stream().map(RuleVersion::number).toList());
    DeadlineRules rules = DeadlineRules.provincialDefaults();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RuleHistory(
                List.of(new RuleVersion(1, APRIL, rules), new RuleVersion(2, MARCH, rules))));
  }
}
