package cn.gov.zj.cloud.domain.fault;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 13: what may happen to a fault, who does it and from which states. The provider responds
 * (acknowledge) and resolves; the unit's staff confirm the resolution or reopen the fault; the
 * reviewer escalates an open fault (its state stays). A text field an action takes is named by
 * {@link #textField()}.
 */
public enum FaultAction {
  /** The provider's response: the response clock stops. */
  ACKNOWLEDGE(
      "acknowledge",
      EnumSet.of(Role.PROVIDER_OPERATOR),
      EnumSet.of(FaultState.REPORTED),
      FaultState.ACKNOWLEDGED,
      null,
      false),
  /** The provider resolved it, saying how; a resolution without an acknowledgement is both. */
  RESOLVE(
      "resolve",
      EnumSet.of(Role.PROVIDER_OPERATOR),
      EnumSet.of(FaultState.REPORTED, FaultState.ACKNOWLEDGED),
      FaultState.RESOLVED,
      "resolution",
      true),
  /** The unit confirms the resolution: the fault is closed. */
  CONFIRM(
      "confirm",
      EnumSet.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER),
      EnumSet.of(FaultState.RESOLVED),
      FaultState.CLOSED,
      null,
      false),
  /** The unit says it is not resolved, with the reason: the resolution clock runs again. */
  REOPEN(
      "reopen",
      EnumSet.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER),
      EnumSet.of(FaultState.RESOLVED),
      FaultState.ACKNOWLEDGED,
      "reason",
      true),
  /** The reviewer presses the provider on an open fault, with an optional note. */
  ESCALATE(
      "escalate",
      EnumSet.of(Role.REVIEWER),
      EnumSet.of(FaultState.REPORTED, FaultState.ACKNOWLEDGED),
      null,
      "note",
      false);

  /** The longest text an action takes. */
  public static final int MAX_TEXT = 2000;

  private final String restName;
  private final Set<Role> roles;
  private final Set<FaultState> from;
  private final FaultState to;
  private final String textField;
  private final boolean textRequired;

  FaultAction(
      String restName,
      Set<Role> roles,
      Set<FaultState> from,
      FaultState to,
      String textField,
      boolean textRequired) {
    this.restName = restName;
    this.roles = roles;
    this.from = from;
    this.to = to;
    this.textField = textField;
    this.textRequired = textRequired;
  }

  public static Optional<FaultAction> ofName(String restName) {
    return Arrays.stream(values()).filter(a -> a.restName.equals(restName)).findFirst();
  }

  public String restName() {
    return restName;
  }

  /** The roles any of which may fire it. */
  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean allowedIn(FaultState state) {
    return from.contains(state);
  }

  /** The state after the action: the same state for an escalation. */
  public FaultState to(FaultState state) {
    return to == null ? state : to;
  }

  /** The text field the action takes ({@code resolution}, {@code reason}, {@code note}), if any. */
  public Optional<String> textField() {
    return Optional.ofNullable(textField);
  }

  public boolean textRequired() {
    return textRequired;
  }

  /** The bundle key of the action's name, e.g. {@code fault.action.resolve}. */
  public String nameKey() {
    return "fault.action." + restName;
  }
}
