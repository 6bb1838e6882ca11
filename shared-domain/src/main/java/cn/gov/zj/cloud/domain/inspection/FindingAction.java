package cn.gov.zj.cloud.domain.inspection;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 17: what may be done to a finding: the unit submits its rectification with evidence, an
 * inspector (the department or the security authority) verifies it or reopens it with a reason,
 * after which the rectification clock runs again from the reopening.
 */
public enum FindingAction {
  SUBMIT_RECTIFICATION(
      "submit-rectification",
      FindingState.OPEN,
      FindingState.SUBMITTED,
      "note",
      Set.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER)),
  VERIFY("verify", FindingState.SUBMITTED, FindingState.VERIFIED, null, Inspectors.ROLES),
  REOPEN("reopen", FindingState.SUBMITTED, FindingState.OPEN, "reason", Inspectors.ROLES);

  private final String restName;
  private final FindingState from;
  private final FindingState to;
  private final String textField;
  private final Set<Role> roles;

  FindingAction(
      String restName, FindingState from, FindingState to, String textField, Set<Role> roles) {
    this.restName = restName;
    this.from = from;
    this.to = to;
    this.textField = textField;
    this.roles = roles;
  }

  public String restName() {
    return restName;
  }

  public FindingState from() {
    return from;
  }

  public FindingState to() {
    return to;
  }

  /** The one text field the action takes ({@code note}, {@code reason}); empty for none. */
  public Optional<String> textField() {
    return Optional.ofNullable(textField);
  }

  /** Whether the text is required: the note of a rectification and the reason of a reopening. */
  public boolean needsText() {
    return textField != null;
  }

  public Set<Role> roles() {
    return roles;
  }

  /** The bundle key of its name. */
  public String nameKey() {
    return "inspection.action." + name();
  }

  /** The action of that REST name. */
  public static Optional<FindingAction> ofRestName(String name) {
    return Arrays.stream(values()).filter(a -> a.restName.equals(name)).findFirst();
  }

  /** The actions a finding in {@code state} allows, whoever may take them. */
  public static List<FindingAction> allowedIn(FindingState state) {
    return Arrays.stream(values()).filter(a -> a.from == state).toList();
  }

  /** Art. 17: whether the clock starts again when this action is taken (a reopening). */
  public boolean restartsClock() {
    return this == REOPEN;
  }
}
