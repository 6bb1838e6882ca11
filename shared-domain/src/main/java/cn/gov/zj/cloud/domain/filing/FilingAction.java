package cn.gov.zj.cloud.domain.filing;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.Optional;

/**
 * Art. 5: what may happen to a filed plan, who does it and from which state. The province accepts
 * or returns a submitted filing with its opinion; the city files a returned one again, corrected.
 */
public enum FilingAction {
  /** The province accepts the plan, with its opinion. */
  ACCEPT("accept", Role.PROVINCE_ADMIN, FilingState.SUBMITTED, FilingState.ACCEPTED, true),
  /** The province returns the plan for correction, saying why. */
  RETURN("return", Role.PROVINCE_ADMIN, FilingState.SUBMITTED, FilingState.RETURNED, true),
  /** The city files the corrected plan again. */
  RESUBMIT("resubmit", Role.TENANT_ADMIN, FilingState.RETURNED, FilingState.SUBMITTED, false);

  /** The longest opinion. */
  public static final int MAX_OPINION = 2000;

  private final String restName;
  private final Role role;
  private final FilingState from;
  private final FilingState to;
  private final boolean takesOpinion;

  FilingAction(String restName, Role role, FilingState from, FilingState to, boolean opinion) {
    this.restName = restName;
    this.role = role;
    this.from = from;
    this.to = to;
    this.takesOpinion = opinion;
  }

  public static Optional<FilingAction> ofName(String restName) {
    return Arrays.stream(values()).filter(a -> a.restName.equals(restName)).findFirst();
  }

  public String restName() {
    return restName;
  }

  /** The one role that may fire it. */
  public Role role() {
    return role;
  }

  public boolean allowedIn(FilingState state) {
    return from == state;
  }

  public FilingState to() {
    return to;
  }

  /** Whether the action requires the province's opinion (field {@code opinion}). */
  public boolean takesOpinion() {
    return takesOpinion;
  }

  /** The bundle key of the action's name, e.g. {@code filing.action.accept}. */
  public String nameKey() {
    return "filing.action." + restName;
  }
}
