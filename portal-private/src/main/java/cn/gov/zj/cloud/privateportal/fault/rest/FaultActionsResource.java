package cn.gov.zj.cloud.privateportal.fault.rest;

import cn.gov.zj.cloud.domain.fault.FaultAction;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.fault.FaultActions;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 13: {@code POST .../faults/<id>/actions/<action>}: {@code acknowledge}, {@code resolve}
 * ({@code {"resolution": "…"}}), {@code confirm}, {@code reopen} ({@code {"reason": "…"}}), {@code
 * escalate} ({@code {"note": "…"}}, optional); answers the fault as {@code GET} does. 403 for the
 * wrong role, 409 (with what is allowed now) for the wrong state, 400 naming the invalid field.
 */
@Path("tenants/{tenant}/faults/{id:[0-9]+}/actions/{action}")
@Produces(MediaType.APPLICATION_JSON)
public class FaultActionsResource {

  @Inject private FaultActions actions;
  @Inject private FaultJson json;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String fire(@PathParam("id") long id, @PathParam("action") String action, String body) {
    Optional<String> field = FaultAction.ofName(action).flatMap(FaultAction::textField);
    Violations violations = new Violations();
    JsonInput input =
        JsonInput.parse(
            body == null || body.isBlank() ? "{}" : body,
            field.map(Set::of).orElse(Set.of()),
            violations);
    String text = field.map(input::text).orElse(null);
    violations.throwIfAny();
    actions.fire(id, action, text);
    return json.detail(id).toString();
  }
}
