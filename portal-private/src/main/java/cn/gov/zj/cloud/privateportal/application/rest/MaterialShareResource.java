package cn.gov.zj.cloud.privateportal.application.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.MaterialShares;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * Art. 20: {@code GET|PUT /api/v1/tenants/<t>/applications/<id>/attachments/<file>/shared} {@code
 * {"shared": true|false}}: whether the unit shares this material with the provider without a grant;
 * the unit's staff change it (audited).
 */
@Path("tenants/{tenant}/applications/{id:[0-9]+}/attachments/{attachment:[0-9]+}/shared")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialShareResource {

  @Inject private MaterialShares shares;

  @GET
  public String get(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    return json(attachment, shares.shared(id, attachment));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(
      @PathParam("id") long id, @PathParam("attachment") long attachment, String body) {
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, Set.of("shared"), violations);
    Boolean shared = input.bool("shared");
    if (shared == null) {
      violations.addOnce("shared", "validation.required");
    }
    violations.throwIfAny();
    return json(attachment, shares.share(id, attachment, shared));
  }

  private static String json(long attachment, boolean shared) {
    return JSON.createObjectBuilder()
        .add("attachmentId", attachment)
        .add("shared", shared)
        .build()
        .toString();
  }
}
