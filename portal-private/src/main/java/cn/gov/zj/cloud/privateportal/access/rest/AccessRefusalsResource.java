package cn.gov.zj.cloud.privateportal.access.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.access.AccessRefusal;
import cn.gov.zj.cloud.privateportal.access.AccessRefusals;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Art. 20: {@code GET /api/v1/tenants/<t>/access-refusals?systemId=&q=&page=&size=}: the accesses
 * refused for want of a grant, newest first (who recorded the attempt, the system, scope, operator,
 * purpose and reason); a unit's staff see their own systems'.
 */
@Path("tenants/{tenant}/access-refusals")
@Produces(MediaType.APPLICATION_JSON)
public class AccessRefusalsResource {

  @Inject private AccessRefusals refusals;

  @GET
  public String list(
      @QueryParam("systemId") String systemId,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    Long system = AccessResource.optionalId("systemId", systemId, violations);
    violations.throwIfAny();
    PageRequest request = PageRequest.strict(page, size, "at", q, Set.of("at"), "at");
    return PageJson.of(refusals.list(system, request), AccessRefusalsResource::json).toString();
  }

  private static JsonObject json(AccessRefusal refusal) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", refusal.id())
            .add("scope", refusal.scope())
            .add("operator", refusal.operator())
            .add("purpose", refusal.purpose())
            .add("reason", refusal.reason())
            .add("recordedBy", refusal.recordedBy())
            .add(
                "refusedAt", OffsetDateTime.ofInstant(refusal.refusedAt(), Clocks.ZONE).toString());
    if (refusal.systemId() != null) {
      json.add("systemId", refusal.systemId()).add("systemName", refusal.systemName());
    }
    return json.build();
  }
}
