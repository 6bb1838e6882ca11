package cn.gov.zj.cloud.privateportal.audit.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.audit.ChainWalk;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditChain;
import cn.gov.zj.cloud.privateportal.audit.AuditEvent;
import cn.gov.zj.cloud.privateportal.audit.AuditFilter;
import cn.gov.zj.cloud.privateportal.audit.AuditTrail;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/** Art. 18, 20: the tenant's audit log, read and verified over REST; each reading is audited. */
@Path("tenants/{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditTrail trail;
  @Inject private AuditChain chain;

  /**
   * Art. 18: {@code ?actor=&action=&object=&from=&to=&page=&size=}, newest first ({@code
   * security-supervisor}, {@code tenant-admin}).
   */
  @GET
  public String list(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("object") String object,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    AuditFilter filter = AuditFilter.parse(actor, action, object, from, to, violations);
    PageRequest request =
        PageRequest.parse(page, size, "-id", null, AuditTrail.SORTABLE.keySet(), "id", violations);
    violations.throwIfAny();
    Page<AuditEvent> found = trail.page(filter, request);
    trail.viewed(filter);
    return PageJson.of(found, AuditResource::event).toString();
  }

  /**
   * Art. 18, 20: {@code {"intact", "checked", "firstBroken", "reason"}} for the tenant's hash chain
   * ({@code security-supervisor}), or for {@code ?tenant=} ({@code province-admin}).
   */
  @GET
  @Path("verify")
  public String verify(@QueryParam("tenant") String tenant) {
    ChainWalk.Verdict verdict = chain.verify(tenant);
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("intact", verdict.intact())
            .add("checked", verdict.checked());
    if (verdict.firstBroken() == null) {
      json.addNull("firstBroken");
    } else {
      json.add("firstBroken", verdict.firstBroken());
    }
    if (verdict.reason() == null) {
      json.addNull("reason");
    } else {
      json.add("reason", verdict.reason().name());
    }
    return json.build().toString();
  }

  private static JsonObject event(AuditEvent e) {
    return JSON.createObjectBuilder()
        .add("id", e.getId())
        .add("occurredAt", OffsetDateTime.ofInstant(e.getOccurredAt(), Clocks.ZONE).toString())
        .add("actor", e.getActor())
        .add("action", e.getAction())
        .add("entityType", e.getEntityType())
        .add("entityId", text(e.getEntityId()))
        .add("before", text(e.getBeforeState()))
        .add("after", text(e.getAfterState()))
        .build();
  }

  private static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : JSON.createValue(value);
  }
}
