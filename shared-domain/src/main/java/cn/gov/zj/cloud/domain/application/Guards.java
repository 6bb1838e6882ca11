package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.AttachmentKind.THIRD_PARTY_TEST_REPORT;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Optional;

/**
 * The input rules of each action, checked once its role and state are right: which fields and
 * materials are required comes from the action's {@link InputSpec}; this adds their ranges and
 * shapes, and refuses any field the declaration does not take.
 */
final class Guards {

  private final Action action;
  private final InputSpec spec;
  private final ActionContext context;
  private final ActionInput input;
  private final Violations violations = new Violations();
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
    this.spec = action.input();
    this.context = context;
    this.input = context.input();
    this.mlpsLevel = context.mlpsLevel();
  }

  /** Checks every input rule of the action, collecting all that are broken. */
  static Guards run(Action action, ActionContext context) {
    Guards guards = new Guards(action, context);
    guards.notTaken();
    guards.opinion = guards.opinion();
    guards.rulesOf();
    guards.materials();
    return guards;
  }

  Violations violations() {
    return violations;
  }

  /**
   * Art. 7–12: a field the action's declaration does not take is refused, naming it, rather than
   * silently ignored (e.g. {@code trialDays} sent with {@code approve}).
   */
  private void notTaken() {
    input.given().stream()
        .filter(field -> !spec.takes(field))
        .forEach(field -> violations.addOnce(field.json(), "application.field.notTaken"));
  }

  private String opinion() {
    return spec.requires(InputField.OPINION)
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
      case APPROVE, FINAL_APPROVE -> resources = optionalPlan();
      case PROVIDE_TRIAL -> provideTrial();
      case REQUEST_EXTENSION, GRANT_EXTENSION -> extensionDays = extension();
      case REQUEST_CHANGE -> requestChange();
      default -> {
        // the declaration's materials and confirmations are all these actions need
      }
    }
    confirmations();
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

  private Integer extension() {
    if (input.extensionDays() == null && !spec.requires(InputField.EXTENSION_DAYS)) {
      return null;
    }
    return TrialLimits.EXTENSION_DAYS.check("extensionDays", input.extensionDays(), violations);
  }

  /**
   * Art. 9: where the declaration asks for it (MLPS level 3 or above), the report of a
   * CNAS-accredited third party with its name and number; a name given where it is not required is
   * checked too.
   */
  private void thirdParty(boolean major) {
    if (spec.needsThirdParty(mlpsLevel, major)) {
      if (!input.materials().has(THIRD_PARTY_TEST_REPORT)) {
        violations.addOnce(
            THIRD_PARTY_TEST_REPORT.field(), "application.thirdParty.reportRequired");
      }
      thirdParty = ThirdPartyTest.from(input.thirdParty(), violations);
    } else if (input.thirdParty() != null && spec.takes(InputField.THIRD_PARTY)) {
      thirdParty = ThirdPartyTest.from(input.thirdParty(), violations);
    }
  }

  /**
   * Art. 11: the resources after the change; whether it is major (and so which materials it needs)
   * is the change assessment's.
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

  /** Art. 12: every confirmation the declaration requires is given. */
  private void confirmations() {
    for (InputField field : spec.taken()) {
      if (field.shape() == InputField.Shape.CONFIRMATION
          && spec.requires(field)
          && !Boolean.TRUE.equals(confirmation(field))) {
        violations.addOnce(field.json(), "application.termination.confirmationRequired");
      }
    }
  }

  private Boolean confirmation(InputField field) {
    return switch (field) {
      case SYSTEM_OFFLINE -> input.systemOffline();
      case DATA_MIGRATED -> input.dataMigrated();
      case DATA_BACKED_UP -> input.dataBackedUp();
      default -> throw new IllegalArgumentException("not a confirmation: " + field);
    };
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

  /**
   * Art. 7, 9, 11, 12: the declared materials for the level (after a change, the new one) and the
   * change's size; the resource lines a submission needs.
   */
  private void materials() {
    if (mlpsLevel == null) {
      return;
    }
    boolean major = change != null && change.isMajor();
    thirdParty(major);
    if (spec.resourceLines() && input.materials().resourceLines() < 1) {
      violations.addOnce("resources", "application.resources.required");
    }
    for (AttachmentKind kind : spec.materials(mlpsLevel, major)) {
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
