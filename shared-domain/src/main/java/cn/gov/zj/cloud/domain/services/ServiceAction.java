package cn.gov.zj.cloud.domain.services;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 14: the actions on a service request. The provider answers ({@code answer}, with its
 * response); the unit that asked confirms and closes it ({@code close}, with a closing note): the
 * unit, not the provider, says when its question is settled.
 */
public enum ServiceAction {
  ANSWER(
      "answer", "answer", Set.of(Role.PROVIDER_OPERATOR), ServiceState.OPEN, ServiceState.ANSWERED),
  CLOSE(
      "close",
      "note",
      Set.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER),
      ServiceState.ANSWERED,
      ServiceState.CLOSED);

  private final String restName;
  private final String textField;
  private final Set<Role> roles;
  private final ServiceState from;
  private final ServiceState to;

  ServiceAction(
      String restName, String textField, Set<Role> roles, ServiceState from, ServiceState to) {
    this.restName = restName;
    this.textField = textField;
    this.roles = roles;
    this.from = from;
    this.to = to;
  }

  public String restName() {
    return restName;
  }

  /** The one text field the action's body carries (the response, the closing note). */
  public String textField() {
    return textField;
  }

  public Set<Role> roles() {
    return roles;
  }

  public ServiceState from() {
    return from;
  }

  public ServiceState to() {
    return to;
  }

  public String nameKey() {
    return "services.action." + name();
  }

  public static Optional<ServiceAction> ofRestName(String name) {
    return Arrays.stream(values()).filter(action -> action.restName.equals(name)).findFirst();
  }
}
