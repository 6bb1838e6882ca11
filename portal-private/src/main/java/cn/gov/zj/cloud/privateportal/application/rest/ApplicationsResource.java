package cn.gov.zj.cloud.privateportal.application.rest;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.rest.QueryFlag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** Art. 6, 7: applications for cloud resources over REST. */
@Path("tenants/{tenant}/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

  private static final Set<String> FIELDS = Set.of("systemId", "resources", "elastic");
  @Inject private Applications applications;
  @Inject private ApplicationJson view;

  /** Art. 7: a draft for a system of the caller's unit, with its resource lines. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Long systemId = json.id("systemId");
    List<ResourceDraft> drafts = ResourceInput.lines(json);
    ElasticRange.Draft range = ResourceInput.elastic(json);
    CloudApplication application = applications.open(systemId, drafts, range, violations);
    return Response.created(
            uri.getAbsolutePathBuilder().path(application.getId().toString()).build())
        .entity(view.detail(application.getId()).toString())
        .build();
  }

  /**
   * Art. 7: the draft's system and resource lines, revised before submission; 409 once submitted,
   * 400 naming each invalid field (nothing stored).
   */
  @PUT
  @Path("{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String revise(@PathParam("id") long id, String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    applications.revise(
        id,
        json.id("systemId"),
        ResourceInput.lines(json),
        ResourceInput.elastic(json),
        violations);
    return view.detail(id).toString();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return view.detail(id).toString();
  }

  /** Art. 6: the applications the caller may see, soonest due first unless sorted otherwise. */
  @GET
  public String list(
      @QueryParam("state") String state,
      @QueryParam("overdue") String overdue,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    Violations violations = new Violations();
    ApplicationState filter = state(state, violations);
    boolean overdueOnly = QueryFlag.of("overdue", overdue, violations);
    violations.throwIfAny();
    PageRequest request =
        PageRequest.strict(page, size, sort, null, Applications.SORTABLE.keySet(), "dueDate");
    Page<CloudApplication> found = applications.list(filter, overdueOnly, request);
    return PageJson.of(found, application -> view.summary(application).build()).toString();
  }

  private static ApplicationState state(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ApplicationState.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      violations.add(
          "state", "validation.unknownValue", List.of(ApplicationState.values()).toString());
      return null;
    }
  }
}
