package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.AttachmentKind.BACKUP_CONFIRMATION;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.CONSTRUCTION_PLAN;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.FUNCTIONAL_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.PERFORMANCE_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SECURITY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SELF_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.THIRD_PARTY_TEST_REPORT;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The input rules of each action, checked once its role and state are right. */
final class Guards {

  /** Actions whose opinion may not be blank: every refusal, and the approval opinion (Art. 8). */
  static final Set<Action> OPINION_REQUIRED =
      EnumSet.of(
          Action.REJECT,
          Action.APPROVE,
          Action.DENY,
          Action.REQUEST_EXTENSION,
          Action.REFUSE_EXTENSION,
          Action.FINAL_RETURN,
          Action.REFUSE_CHANGE,
          Action.REFUSE_TERMINATION);

  private final Action action;
  private final ActionContext context;
  private final ActionInput input;
  private final Violations violations = new Violations();
  private final Set<AttachmentKind> required = EnumSet.noneOf(AttachmentKind.class);
  private Integer trialDays;
  private String environment;
  private Integer extensionDays;
  private ThirdPartyTest thirdParty;
  private ResourcePlan resources;
  private MlpsLevel mlpsLevel;
  private ChangeAssessment change;

  private String opinion;

  private Guards(Action action, ActionContext context) {
    this.action = action;
    this.context = context;
    this.input = context.input();
  }

  /** Checks every input rule of the action, collecting all that are broken. */
  static Guards run(Action action, ActionContext context) {
    Guards guards = new Guards(action, context);
    guards.opinion = guards.opinion();
    guards.rulesOf();
    guards.attachments();
    return guards;
  }

  Violations violations() {
    return violations;
  }

  private String opinion() {
    return OPINION_REQUIRED.contains(action)
        ? Texts.required(
            "opinion",
            input.opinion(),
            ActionInput.MAX_OPINION,
            "application.opinion.required",
            violations)
        : Texts.optional("opinion", input.opinion(), ActionInput.MAX_OPINION, violations);
  }

  private void rulesOf() {
    switch (action) {
      case SUBMIT -> submit();
      case APPROVE, FINAL_APPROVE -> resources = optionalPlan();
      case PROVIDE_TRIAL -> provideTrial();
      case REQUEST_EXTENSION -> extensionDays = extension(true);
      case GRANT_EXTENSION -> extensionDays = extension(false);
      case SUBMIT_TEST_RESULTS -> testResults(context.mlpsLevel());
      case REQUEST_CHANGE -> requestChange();
      case REQUEST_TERMINATION -> requestTermination();
      default -> {
        // the opinion is all these actions carry
      }
    }
  }

  /** Art. 7: the construction plan, the self-test report and at least one resource line. */
  private void submit() {
    required.add(CONSTRUCTION_PLAN);
    required.add(SELF_TEST_REPORT);
    if (input.materials().resourceLines() < 1) {
      violations.addOnce("resources", "application.resources.required");
    }
  }

  /** Art. 9: a trial period within the bounds in force, and the environment's details. */
  private void provideTrial() {
    Bounds bounds = context.trialLimits().bounds();
    if (input.trialDays() != null && !bounds.contains(input.trialDays())) {
      violations.addOnce("trialDays", "application.trialDays.range", bounds.min(), bounds.max());
    } else {
      trialDays = bounds.check("trialDays", input.trialDays(), violations);
    }
    environment =
        Texts.required(
            "environment",
            input.environment(),
            ActionInput.MAX_ENVIRONMENT,
            "validation.required",
            violations);
  }

  private Integer extension(boolean required) {
    if (input.extensionDays() == null && !required) {
      return null;
    }
    return TrialLimits.EXTENSION_DAYS.check("extensionDays", input.extensionDays(), violations);
  }

  /**
   * Art. 9: functional, performance and security test reports; at MLPS level 3 or above, the report
   * of a CNAS-accredited third party with its name and number.
   */
  private void testResults(MlpsLevel level) {
    required.addAll(
        EnumSet.of(FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT));
    thirdParty(level);
  }

  private void thirdParty(MlpsLevel level) {
    if (level.needsThirdPartyReport()) {
      if (!input.materials().has(THIRD_PARTY_TEST_REPORT)) {
        violations.addOnce(
            THIRD_PARTY_TEST_REPORT.field(), "application.thirdParty.reportRequired");
      }
      thirdParty = ThirdPartyTest.from(input.thirdParty(), violations);
    } else if (input.thirdParty() != null) {
      thirdParty = ThirdPartyTest.from(input.thirdParty(), violations);
    }
  }

  /**
   * Art. 11: the resources after the change; a major change brings the Art. 7 materials again and
   * new performance and security test reports (and the third party's at level 3 or above).
   */
  private void requestChange() {
    ResourcePlan current = context.allocated();
    if (current == null) {
      throw new IllegalStateException("a change needs the allocated resources in the context");
    }
    ResourcePlan proposed = ResourcePlan.from(input.resources(), input.elastic(), violations);
    mlpsLevel = level(input.mlpsLevel());
    boolean architecture = Boolean.TRUE.equals(input.architectureChange());
    if (proposed == null || mlpsLevel == null) {
      return;
    }
    boolean levelChanged = !mlpsLevel.equals(context.mlpsLevel());
    if (!ChangeAssessment.changesAnything(current, proposed, levelChanged, architecture)) {
      violations.addOnce("resources", "application.change.empty");
      return;
    }
    resources = proposed;
    change =
        ChangeAssessment.assess(current, context.mlpsLevel(), proposed, mlpsLevel, architecture);
    if (change.isMajor()) {
      required.addAll(
          EnumSet.of(
              CONSTRUCTION_PLAN, SELF_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT));
      thirdParty(mlpsLevel);
    }
  }

  private MlpsLevel level(Integer value) {
    if (value == null) {
      return context.mlpsLevel();
    }
    if (!MlpsLevel.isValid(value)) {
      violations.addOnce("mlpsLevel", "registry.system.mlpsLevel.range");
      return null;
    }
    return new MlpsLevel(value);
  }

  /** Art. 12: the system offline, its data migrated and backed up, confirmed with a document. */
  private void requestTermination() {
    confirm("systemOffline", input.systemOffline());
    confirm("dataMigrated", input.dataMigrated());
    confirm("dataBackedUp", input.dataBackedUp());
    required.add(BACKUP_CONFIRMATION);
  }

  private void confirm(String field, Boolean confirmed) {
    if (!Boolean.TRUE.equals(confirmed)) {
      violations.addOnce(field, "application.termination.confirmationRequired");
    }
  }

  /** Art. 8, Art. 10: resources that differ from those asked, or a new elastic range alone. */
  private ResourcePlan optionalPlan() {
    if (input.resources() != null) {
      return ResourcePlan.from(input.resources(), input.elastic(), violations);
    }
    if (input.elastic() != null && context.allocated() != null) {
      return context.allocated().withElastic(input.elastic(), violations);
    }
    if (input.elastic() != null) {
      violations.addOnce("resources", "application.resources.required");
    }
    return null;
  }

  private void attachments() {
    for (AttachmentKind kind : required) {
      if (!input.materials().has(kind)) {
        violations.addOnce(kind.field(), "application.attachment.required");
      }
    }
  }

  /** The checked and cleaned input; only when {@link #violations()} is empty. */
  ActionRecord record() {
    return new ActionRecord(
        Optional.ofNullable(opinion),
        input.materials().attached(),
        Optional.ofNullable(trialDays),
        Optional.ofNullable(environment),
        Optional.ofNullable(extensionDays),
        Optional.ofNullable(thirdParty),
        Optional.ofNullable(resources),
        Optional.ofNullable(change == null ? null : mlpsLevel),
        Optional.ofNullable(change));
  }
}
