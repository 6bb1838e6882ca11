package cn.gov.zj.cloud.privateportal.application.rest;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.ApplicationEvent;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.application.ResourceJson;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Art. 6, 7: applications for cloud resources over REST. */
@Path("tenants/{tenant}/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

  private static final Set<String> FIELDS = Set.of("systemId", "resources", "elastic");
  private static final Set<String> LINE_FIELDS =
      Set.of(
          "type",
          "quantity",
          "vcpu",
          "memoryGiB",
          "systemDiskGiB",
          "dataDiskGiB",
          "os",
          "engine",
          "storageGiB",
          "kind",
          "capacityGiB",
          "service",
          "mbps");

  @Inject private Applications applications;
  @Inject private Clock clock;

  /** Art. 7: a draft for a system of the caller's unit, with its resource lines. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Long systemId = json.id("systemId");
    List<JsonInput> lines = json.objects("resources", LINE_FIELDS);
    JsonInput elastic = json.object("elastic", Set.of("min", "max"));
    List<ResourceDraft> drafts =
        lines == null ? null : lines.stream().map(ApplicationsResource::line).toList();
    ElasticRange.Draft range =
        elastic == null
            ? null
            : new ElasticRange.Draft(elastic.integer("min"), elastic.integer("max"));
    CloudApplication application = applications.open(systemId, drafts, range, violations);
    return Response.created(
            uri.getAbsolutePathBuilder().path(application.getId().toString()).build())
        .entity(detail(application, applications.history(application.getId())).toString())
        .build();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return detail(applications.get(id), applications.history(id)).toString();
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
    boolean overdueOnly = flag("overdue", overdue, violations);
    violations.throwIfAny();
    PageRequest request =
        PageRequest.strict(page, size, sort, null, Applications.SORTABLE.keySet(), "dueDate");
    Page<CloudApplication> found = applications.list(filter, overdueOnly, request);
    JsonArrayBuilder items = Json.createArrayBuilder();
    found.items().forEach(application -> items.add(summary(application)));
    return Json.createObjectBuilder()
        .add("items", items)
        .add("page", found.page())
        .add("size", found.size())
        .add("total", found.total())
        .build()
        .toString();
  }

  private static ResourceDraft line(JsonInput line) {
    return new ResourceDraft(
        line.text("type"),
        line.integer("quantity"),
        line.integer("vcpu"),
        line.integer("memoryGiB"),
        line.integer("systemDiskGiB"),
        line.integer("dataDiskGiB"),
        line.text("os"),
        line.text("engine"),
        line.integer("storageGiB"),
        line.text("kind"),
        line.integer("capacityGiB"),
        line.text("service"),
        line.integer("mbps"));
  }

  private static boolean flag(String field, String text, Violations violations) {
    if (text == null || text.isBlank() || "false".equals(text.strip())) {
      return false;
    }
    if (!"true".equals(text.strip())) {
      violations.add(field, "validation.notABoolean");
    }
    return true;
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

  private JsonObjectBuilder summary(CloudApplication application) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", application.getId())
            .add("systemId", application.getSystemId())
            .add("unitId", application.getUnitId())
            .add("state", application.getState().name());
    if (application.getDueDate() == null) {
      json.addNull("dueDate");
    } else {
      json.add("dueDate", application.getDueDate().toString());
    }
    return json.add("provisional", application.isProvisional())
        .add("overdue", application.isOverdue(LocalDate.now(clock.withZone(Clocks.ZONE))));
  }

  private JsonObject detail(CloudApplication application, List<ApplicationEvent> history) {
    JsonObjectBuilder json =
        summary(application).add("resources", ResourceJson.read(application.getResources()));
    if (application.getElasticMin() == null) {
      json.addNull("elastic");
    } else {
      json.add(
          "elastic",
          Json.createObjectBuilder()
              .add("min", application.getElasticMin())
              .add("max", application.getElasticMax()));
    }
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (ApplicationEvent event : history) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("at", event.getOccurredAt().toString())
              .add("actor", event.getActor())
              .add("action", event.getAction())
              .add("to", event.getToState());
      if (event.getOpinion() != null) {
        entry.add("opinion", event.getOpinion());
      }
      events.add(entry);
    }
    return json.add("history", events).build();
  }
}
