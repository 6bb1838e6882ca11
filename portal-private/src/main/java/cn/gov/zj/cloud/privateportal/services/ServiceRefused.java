package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.services.ServiceAction;
import cn.gov.zj.cloud.domain.services.ServiceState;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Art. 14: 409, the request's state does not allow the action; the problem names the state and
 * every action allowed now, with the roles that take it, as for applications. Nothing was changed.
 */
public class ServiceRefused extends Conflict {

  private static final long serialVersionUID = 1L;

  private final ServiceState state;
  private final transient List<ServiceAction> allowedNow;

  public ServiceRefused(ServiceState state, ServiceAction action, List<ServiceAction> allowedNow) {
    super(
        "services.refusal.notAllowedNow",
        state.name(),
        action.restName(),
        allowedNow.isEmpty()
            ? "—"
            : allowedNow.stream().map(ServiceAction::restName).collect(Collectors.joining(", ")));
    this.state = state;
    this.allowedNow = List.copyOf(allowedNow);
  }

  @Override
  public JsonObject members() {
    JsonArrayBuilder allowed = Json.createArrayBuilder();
    for (ServiceAction action : allowedNow) {
      JsonArrayBuilder roles = Json.createArrayBuilder();
      action.roles().stream().map(role -> role.realmRole()).sorted().forEach(roles::add);
      allowed.add(Json.createObjectBuilder().add("action", action.restName()).add("roles", roles));
    }
    return Json.createObjectBuilder().add("state", state.name()).add("allowedNow", allowed).build();
  }
}
