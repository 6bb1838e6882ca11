package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.ApplicationState.ACCEPTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.ACTIVE;
import static cn.gov.zj.cloud.domain.application.ApplicationState.APPROVED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.CHANGE_APPROVED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.CHANGE_REQUESTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.DENIED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.DRAFT;
import static cn.gov.zj.cloud.domain.application.ApplicationState.EXTENSION_REQUESTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.IN_TRIAL;
import static cn.gov.zj.cloud.domain.application.ApplicationState.RETURNED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.SUBMITTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TERMINATED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TERMINATION_APPROVED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TERMINATION_REQUESTED;
import static cn.gov.zj.cloud.domain.application.ApplicationState.TESTS_SUBMITTED;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 6–12: every transition of the lifecycle, by its REST name ({@code .../actions/<name>}), with
 * the one role that may fire it, the states it may be fired from, and the state it leads to. This
 * is the only place that maps roles to lifecycle actions.
 */
public enum Action {
  /** Art. 7: the unit submits (or resubmits after a return) its complete materials. */
  SUBMIT("submit", 7, Role.UNIT_APPLICANT, SUBMITTED, DRAFT, RETURNED),
  /** Art. 8: the reviewer accepts the application as complete and reasonable. */
  ACCEPT("accept", 8, Role.REVIEWER, ACCEPTED, SUBMITTED),
  /** Art. 8: the reviewer does not accept, with an opinion; the unit corrects and resubmits. */
  REJECT("reject", 8, Role.REVIEWER, RETURNED, SUBMITTED),
  /** Art. 8: the approval opinion, with the approved resources where they differ. */
  APPROVE("approve", 8, Role.REVIEWER, APPROVED, ACCEPTED),
  /** Art. 8: denial at approval, with an opinion. */
  DENY("deny", 8, Role.REVIEWER, DENIED, ACCEPTED),
  /** Art. 9: the provider hands over the trial environment and sets the trial period. */
  PROVIDE_TRIAL("provide-trial", 9, Role.PROVIDER_OPERATOR, IN_TRIAL, APPROVED),
  /** Art. 9: the unit asks for a longer trial, giving the reason it is necessary. */
  REQUEST_EXTENSION("request-extension", 9, Role.UNIT_APPLICANT, EXTENSION_REQUESTED, IN_TRIAL),
  /** Art. 9: the reviewer consents to the extension. */
  GRANT_EXTENSION("grant-extension", 9, Role.REVIEWER, IN_TRIAL, EXTENSION_REQUESTED),
  /** Art. 9: the reviewer refuses the extension, with an opinion. */
  REFUSE_EXTENSION("refuse-extension", 9, Role.REVIEWER, IN_TRIAL, EXTENSION_REQUESTED),
  /**
   * Art. 9: the unit submits its test reports; allowed while an extension request is pending, which
   * then lapses.
   */
  SUBMIT_TEST_RESULTS(
      "submit-test-results",
      9,
      Role.UNIT_APPLICANT,
      TESTS_SUBMITTED,
      IN_TRIAL,
      EXTENSION_REQUESTED),
  /** Art. 10: final approval; the trial environment becomes production. */
  FINAL_APPROVE("final-approve", 10, Role.REVIEWER, ACTIVE, TESTS_SUBMITTED),
  /** Art. 10: back to the trial, with an opinion. */
  FINAL_RETURN("final-return", 10, Role.REVIEWER, IN_TRIAL, TESTS_SUBMITTED),
  /** Art. 11: the unit asks to change its resources. */
  REQUEST_CHANGE("request-change", 11, Role.UNIT_APPLICANT, CHANGE_REQUESTED, ACTIVE),
  /** Art. 11: the reviewer approves the change. */
  APPROVE_CHANGE("approve-change", 11, Role.REVIEWER, CHANGE_APPROVED, CHANGE_REQUESTED),
  /** Art. 11: the reviewer refuses the change, with an opinion. */
  REFUSE_CHANGE("refuse-change", 11, Role.REVIEWER, ACTIVE, CHANGE_REQUESTED),
  /** Art. 11: the provider has carried out the approved change. */
  EXECUTE_CHANGE("execute-change", 11, Role.PROVIDER_OPERATOR, ACTIVE, CHANGE_APPROVED),
  /** Art. 12: the unit, its system offline and data migrated and backed up, asks to terminate. */
  REQUEST_TERMINATION(
      "request-termination", 12, Role.UNIT_APPLICANT, TERMINATION_REQUESTED, ACTIVE),
  /** Art. 12: the reviewer approves the termination. */
  APPROVE_TERMINATION(
      "approve-termination", 12, Role.REVIEWER, TERMINATION_APPROVED, TERMINATION_REQUESTED),
  /** Art. 12: the reviewer refuses the termination, with an opinion. */
  REFUSE_TERMINATION("refuse-termination", 12, Role.REVIEWER, ACTIVE, TERMINATION_REQUESTED),
  /** Art. 12: the provider has reclaimed the resources and ended the services. */
  RECLAIM("reclaim", 12, Role.PROVIDER_OPERATOR, TERMINATED, TERMINATION_APPROVED);

  private final String restName;
  private final int article;
  private final Role role;
  private final ApplicationState to;
  private final Set<ApplicationState> from;

  Action(
      String restName,
      int article,
      Role role,
      ApplicationState to,
      ApplicationState first,
      ApplicationState... more) {
    this.restName = restName;
    this.article = article;
    this.role = role;
    this.to = to;
    this.from = EnumSet.of(first, more);
  }

  /** The kebab-case name of the REST path and the audit log, e.g. {@code provide-trial}. */
  public String restName() {
    return restName;
  }

  public int article() {
    return article;
  }

  /** The one role that may fire this action. */
  public Role role() {
    return role;
  }

  /** The states this action may be fired from. */
  public Set<ApplicationState> from() {
    return Set.copyOf(from);
  }

  public boolean isAllowedFrom(ApplicationState state) {
    return from.contains(state);
  }

  /**
   * Art. 8–12: the action needs an opinion (every refusal, the approval, an extension's reason).
   */
  public boolean requiresOpinion() {
    return input().requires(InputField.OPINION);
  }

  /**
   * Art. 7–12: what the action takes, declared once: its fields, required or optional, and its
   * materials by MLPS level and by major change.
   */
  public InputSpec input() {
    return InputSpec.of(this);
  }

  /**
   * Art. 8–12: the action refuses what was asked (not accepting, denying, returning, refusing an
   * extension, a change or a termination): its buttons look different from approving ones.
   */
  public boolean isRefusal() {
    return REFUSALS.contains(this);
  }

  private static final Set<Action> REFUSALS =
      EnumSet.of(REJECT, DENY, REFUSE_EXTENSION, FINAL_RETURN, REFUSE_CHANGE, REFUSE_TERMINATION);

  /** The state this action leads to. */
  public ApplicationState to() {
    return to;
  }

  /** The bundle key of the action's label, e.g. {@code application.action.submit}. */
  public String nameKey() {
    return "application.action." + restName;
  }

  /** The action of a REST name; empty for an unknown name (a 404 for the path). */
  public static Optional<Action> ofName(String restName) {
    return Arrays.stream(values()).filter(a -> a.restName.equals(restName)).findFirst();
  }
}
