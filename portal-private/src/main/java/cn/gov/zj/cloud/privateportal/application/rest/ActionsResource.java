package cn.gov.zj.cloud.privateportal.application.rest;

import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.InputField;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Art. 6–12: {@code POST .../applications/<id>/actions/<action>} with the action's input, e.g.
 * {@code {"opinion": "…"}}; answers the application as {@code GET} does. Judged in this order,
 * nothing stored on any refusal:
 *
 * <ol>
 *   <li>400 for a body that is not a JSON object of known fields of the right types (any action's
 *       fields: the body is read before the action is known to be fired);
 *   <li>404 for an application of another tenant or an unknown action;
 *   <li>403 for the wrong role, then 409 (with what is allowed now) for the wrong state;
 *   <li>400 naming every invalid field: one the action's declaration ({@code InputSpec}) does not
 *       take ({@code application.field.notTaken}, "this action does not take this field"), a
 *       required one missing, a value out of range, a missing material.
 * </ol>
 */
@Path("tenants/{tenant}/applications/{id:[0-9]+}/actions/{action}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lifecycle", description = "Art. 6–12: the application lifecycle")
public class ActionsResource {

  /** Every field any action takes: which ones an action takes is its declaration's. */
  private static final Set<String> FIELDS =
      Arrays.stream(InputField.values()).map(InputField::json).collect(Collectors.toSet());

  @Inject private ApplicationActions actions;
  @Inject private ApplicationJson json;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Fire a lifecycle action",
      description =
          "Art. 6–12: the action's body is described, per action, by the schema"
              + " ActionInput.<action> (and the path .../actions/<action>): the fields it takes,"
              + " those required, and the materials (attachments uploaded before) it needs by"
              + " MLPS level and major change (x-materials*).")
  @APIResponse(responseCode = "200", description = "the application after the action")
  @APIResponse(
      responseCode = "400",
      description =
          "problem+json naming every invalid field, a field the action does not take included")
  @APIResponse(responseCode = "403", description = "the caller lacks the action's role")
  @APIResponse(
      responseCode = "409",
      description = "not allowed in the current state; allowedNow lists what is")
  public String fire(@PathParam("id") long id, @PathParam("action") String action, String body) {
    ActionInput input = input(body == null || body.isBlank() ? "{}" : body);
    actions.fire(id, action, input);
    return json.detail(id).toString();
  }

  private static ActionInput input(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    JsonInput thirdParty = json.object("thirdParty", Set.of("body", "accreditationNo"));
    ActionInput.Builder input =
        ActionInput.builder()
            .opinion(json.text("opinion"))
            .trial(json.integer("trialDays"), json.text("environment"))
            .extensionDays(json.integer("extensionDays"))
            .resources(ResourceInput.lines(json))
            .mlpsLevel(json.integer("mlpsLevel"))
            .architectureChange(json.bool("architectureChange"))
            .confirmations(
                json.bool("systemOffline"), json.bool("dataMigrated"), json.bool("dataBackedUp"));
    if (thirdParty != null) {
      input.thirdParty(thirdParty.text("body"), thirdParty.text("accreditationNo"));
    }
    var elastic = ResourceInput.elastic(json);
    if (elastic != null) {
      input.elastic(elastic.min(), elastic.max());
    }
    violations.throwIfAny();
    return input.build();
  }
}
