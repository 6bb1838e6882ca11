package cn.gov.zj.cloud.domain.services;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Art. 14: the service request's flow, OPEN → ANSWERED → CLOSED, decided as the lifecycle decides
 * applications: the wrong role is refused before the wrong state, and a refusal for the state names
 * every action allowed now.
 */
public final class ServiceFlow {

  private ServiceFlow() {}

  /** What deciding an action gave. */
  public sealed interface Decision permits Allowed, WrongRole, WrongState {}

  /** The action may be taken; the request moves to {@code to}. */
  public record Allowed(ServiceState to) implements Decision {}

  /** 403: none of the actor's roles may take the action. */
  public record WrongRole(Set<Role> needed) implements Decision {}

  /** 409: the state does not allow it; these are allowed now. */
  public record WrongState(ServiceState state, List<ServiceAction> allowedNow)
      implements Decision {}

  public static Decision decide(ServiceState state, ServiceAction action, Set<Role> roles) {
    if (roles.stream().noneMatch(action.roles()::contains)) {
      return new WrongRole(action.roles());
    }
    if (action.from() != state) {
      return new WrongState(state, allowedNow(state));
    }
    return new Allowed(action.to());
  }

  /** The actions the state allows, whoever may take them. */
  public static List<ServiceAction> allowedNow(ServiceState state) {
    return Arrays.stream(ServiceAction.values()).filter(action -> action.from() == state).toList();
  }
}
