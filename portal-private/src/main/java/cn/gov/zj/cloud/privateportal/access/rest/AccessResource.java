package cn.gov.zj.cloud.privateportal.access.rest;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.access.AccessGrant;
import cn.gov.zj.cloud.privateportal.access.AccessGrants;
import cn.gov.zj.cloud.privateportal.access.AccessSession;
import cn.gov.zj.cloud.privateportal.access.AccessSessions;
import cn.gov.zj.cloud.privateportal.access.GrantDraft;
import cn.gov.zj.cloud.privateportal.access.SessionDraft;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 20: {@code POST /api/v1/tenants/<t>/access-grants {"systemId", "scope": [...], "purpose",
 * "from", "until"}}, {@code GET access-grants?systemId=&state=&q=&page=&size=}, {@code POST
 * access-grants/<id>/actions/approve|refuse|revoke}; {@code POST access-sessions {"systemId",
 * "scope", "operator", "purpose", "emergency", "reason"}} (403 with the reason when no grant covers
 * it), {@code POST access-sessions/<id>/end {"summary"}}, {@code POST access-sessions/<id>/review
 * {"note"}}, {@code GET access-sessions?systemId=&unreviewed=}.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {

  private static final Set<String> GRANT_FIELDS =
      Set.of("systemId", "scope", "purpose", "from", "until");
  private static final Set<String> SESSION_FIELDS =
      Set.of("systemId", "scope", "operator", "purpose", "emergency", "reason");
  private static final Set<String> STATES =
      Set.of("REQUESTED", "APPROVED", "REFUSED", "REVOKED", "EXPIRED");

  @Inject private AccessGrants grants;
  @Inject private AccessSessions sessions;
  @Inject private Clock clock;

  @POST
  @Path("access-grants")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(String body, @jakarta.ws.rs.core.Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, GRANT_FIELDS, violations);
    GrantDraft draft =
        new GrantDraft(
            input.id("systemId"),
            scopes(input.texts("scope"), violations),
            input.text("purpose"),
            input.instant("from"),
            input.instant("until"));
    AccessGrant grant = grants.ask(draft, violations);
    return created(uri, grant.id(), AccessJson.grant(grant, clock.instant()).toString());
  }

  @GET
  @Path("access-grants")
  public String grants(
      @QueryParam("systemId") String systemId,
      @QueryParam("state") String state,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    Long system = optionalId("systemId", systemId, violations);
    if (state != null && !STATES.contains(state)) {
      violations.add("state", "validation.unknownValue", String.join(", ", STATES));
    }
    violations.throwIfAny();
    PageRequest request = PageRequest.strict(page, size, "at", q, Set.of("at"), "at");
    return PageJson.of(
            grants.list(system, state, request), g -> AccessJson.grant(g, clock.instant()))
        .toString();
  }

  @GET
  @Path("access-grants/{id:[0-9]+}")
  public String grant(@PathParam("id") long id) {
    return AccessJson.grant(grants.get(id), clock.instant()).toString();
  }

  @POST
  @Path("access-grants/{id:[0-9]+}/actions/{action}")
  public String act(@PathParam("id") long id, @PathParam("action") String action) {
    GrantAction chosen =
        GrantAction.ofRestName(action).orElseThrow(() -> new NotFound("access-action", action));
    return AccessJson.grant(grants.act(id, chosen), clock.instant()).toString();
  }

  @POST
  @Path("access-sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(String body, @jakarta.ws.rs.core.Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, SESSION_FIELDS, violations);
    Boolean emergency = input.bool("emergency");
    SessionDraft draft =
        new SessionDraft(
            input.id("systemId"),
            input.enumValue("scope", Scope.class),
            input.text("operator"),
            input.text("purpose"),
            Boolean.TRUE.equals(emergency),
            input.text("reason"));
    AccessSession session = sessions.start(draft, violations);
    return created(uri, session.id(), AccessJson.session(session).toString());
  }

  @GET
  @Path("access-sessions")
  public String sessions(
      @QueryParam("systemId") String systemId,
      @QueryParam("unreviewed") String unreviewed,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    Long system = optionalId("systemId", systemId, violations);
    if (unreviewed != null && !Set.of("true", "false").contains(unreviewed)) {
      violations.add("unreviewed", "validation.notABoolean");
    }
    violations.throwIfAny();
    PageRequest request = PageRequest.strict(page, size, "at", q, Set.of("at"), "at");
    return PageJson.of(
            sessions.list(system, "true".equals(unreviewed), request), AccessJson::session)
        .toString();
  }

  @GET
  @Path("access-sessions/{id:[0-9]+}")
  public String session(@PathParam("id") long id) {
    return AccessJson.session(sessions.get(id)).toString();
  }

  @POST
  @Path("access-sessions/{id:[0-9]+}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  public String end(@PathParam("id") long id, String body) {
    return AccessJson.session(sessions.end(id, JsonInput.onlyText(body, "summary"))).toString();
  }

  @POST
  @Path("access-sessions/{id:[0-9]+}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public String review(@PathParam("id") long id, String body) {
    return AccessJson.session(sessions.review(id, JsonInput.onlyText(body, "note"))).toString();
  }

  /** The scopes named; each unknown one is a fault naming {@code scope[i]}. */
  private static List<Scope> scopes(List<String> names, Violations violations) {
    if (names == null) {
      return null;
    }
    String allowed =
        Arrays.stream(Scope.values()).map(Scope::name).collect(Collectors.joining(", "));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (Arrays.stream(Scope.values()).noneMatch(scope -> scope.name().equals(name))) {
        violations.addOnce("scope[" + i + "]", "validation.unknownValue", allowed);
      }
    }
    return names.stream()
        .filter(name -> Arrays.stream(Scope.values()).anyMatch(s -> s.name().equals(name)))
        .map(Scope::valueOf)
        .toList();
  }

  static Long optionalId(String field, String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("[0-9]{1,18}")) {
      violations.add(field, "validation.notANumber");
      return null;
    }
    return Long.parseLong(text.strip());
  }

  private static Response created(UriInfo uri, long id, String json) {
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(json)
        .build();
  }
}
