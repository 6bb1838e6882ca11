package cn.gov.zj.cloud.privateportal.services.rest;

import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.domain.services.ServiceState;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.services.ServiceItem;
import cn.gov.zj.cloud.privateportal.services.ServiceRequests;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Set;

/**
 * Art. 14: {@code POST /api/v1/tenants/<t>/service-requests {"systemId", "kind", "subject",
 * "description"}} (unit staff) → 201; {@code POST …/service-requests/<id>/actions/answer
 * {"answer"}} (provider-operator) and {@code …/actions/close {"note"}} (the unit); {@code GET
 * …/service-requests?kind=&state=&overdue=&q=&page=&size=}; {@code GET …/service-requests/<id>}
 * with its history.
 */
@Path("tenants/{tenant}/service-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRequestsResource {

  private static final Set<String> FIELDS = Set.of("systemId", "kind", "subject", "description");

  @Inject private ServiceRequests requests;
  @Inject private Clock clock;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Long systemId = json.id("systemId");
    ServiceKind kind = json.enumValue("kind", ServiceKind.class);
    String subject = json.text("subject");
    String description = json.text("description");
    violations.throwIfAny();
    ServiceItem item = requests.open(systemId, kind, subject, description);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(item.id())).build())
        .entity(ServicesJson.detail(item, requests.history(item.id()), clock.instant()).toString())
        .build();
  }

  @POST
  @Path("{id:[0-9]+}/actions/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String act(@PathParam("id") long id, @PathParam("action") String action, String body) {
    String field = "answer".equals(action) ? "answer" : "note";
    Violations violations = new Violations();
    String text = JsonInput.parse(body, Set.of(field), violations).text(field);
    violations.throwIfAny();
    ServiceItem item = requests.act(id, action, text);
    return ServicesJson.detail(item, requests.history(id), clock.instant()).toString();
  }

  @GET
  public String list(
      @QueryParam("kind") String kind,
      @QueryParam("state") String state,
      @QueryParam("overdue") String overdue,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    ServiceKind kindFilter =
        kind == null ? null : Texts.constant("kind", kind, ServiceKind.class, violations);
    ServiceState stateFilter =
        state == null ? null : Texts.constant("state", state, ServiceState.class, violations);
    boolean overdueOnly = "true".equals(overdue);
    if (overdue != null && !overdueOnly && !"false".equals(overdue)) {
      violations.add("overdue", "validation.notABoolean");
    }
    PageRequest request =
        PageRequest.parse(page, size, null, q, Set.of("responseDue"), "responseDue", violations);
    violations.throwIfAny();
    ServiceRequests.Filter filter =
        new ServiceRequests.Filter(kindFilter, stateFilter, overdueOnly);
    return PageJson.of(
            requests.list(filter, request), item -> ServicesJson.request(item, clock.instant()))
        .toString();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return ServicesJson.detail(requests.get(id), requests.history(id), clock.instant()).toString();
  }
}
