package cn.gov.zj.cloud.privateportal.services.rest;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.services.TrainingSession;
import cn.gov.zj.cloud.privateportal.services.Trainings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
import java.util.Set;

/**
 * Art. 14: training sessions. {@code POST /api/v1/tenants/<t>/trainings {"title", "startsAt",
 * "durationMinutes", "place", "onlineLink", "capacity", "materials"}} and {@code PUT
 * …/trainings/<id>} (provider-operator); {@code POST …/trainings/<id>/cancel}; {@code POST} and
 * {@code DELETE …/trainings/<id>/registration} (unit staff, 409 when full); {@code PUT
 * …/trainings/<id>/attendance {"attended": [user names]}} (provider-operator, after the start);
 * {@code GET …/trainings?when=upcoming|past|all&q=&page=&size=}; {@code GET …/trainings/<id>} with
 * its registrations; {@code GET …/trainings/record?unitId=}; {@code GET
 * …/trainings/missed-quarters}.
 */
@Path("tenants/{tenant}/trainings")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingsResource {

  private static final Set<String> FIELDS =
      Set.of(
          "title", "startsAt", "durationMinutes", "place", "onlineLink", "capacity", "materials");

  @Inject private Trainings trainings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response schedule(String body, @Context UriInfo uri) {
    TrainingSession session = trainings.schedule(draft(body));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(session.id())).build())
        .entity(detail(session.id()))
        .build();
  }

  @PUT
  @Path("{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String edit(@PathParam("id") long id, String body) {
    trainings.edit(id, draft(body));
    return detail(id);
  }

  @POST
  @Path("{id:[0-9]+}/cancel")
  public String cancel(@PathParam("id") long id) {
    trainings.cancel(id);
    return detail(id);
  }

  @POST
  @Path("{id:[0-9]+}/registration")
  public String register(@PathParam("id") long id) {
    trainings.register(id);
    return detail(id);
  }

  @DELETE
  @Path("{id:[0-9]+}/registration")
  public String unregister(@PathParam("id") long id) {
    trainings.unregister(id);
    return detail(id);
  }

  @PUT
  @Path("{id:[0-9]+}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  public String attendance(@PathParam("id") long id, String body) {
    Violations violations = new Violations();
    List<String> attended = JsonInput.parse(body, Set.of("attended"), violations).texts("attended");
    if (attended == null && !violations.has("attended")) {
      violations.add("attended", "validation.required");
    }
    violations.throwIfAny();
    trainings.recordAttendance(id, attended);
    return detail(id);
  }

  @GET
  public String list(
      @QueryParam("when") String when,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    Trainings.When which = Trainings.When.UPCOMING;
    if (when != null) {
      try {
        which = Trainings.When.valueOf(when.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add("when", "validation.unknownValue", "upcoming, past, all");
      }
    }
    PageRequest request =
        PageRequest.parse(page, size, null, q, Set.of("startsAt"), "startsAt", violations);
    violations.throwIfAny();
    return PageJson.of(trainings.list(which, request), ServicesJson::session).toString();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return detail(id);
  }

  @GET
  @Path("record")
  public String record(
      @QueryParam("unitId") String unitId,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    Long unit = null;
    if (unitId != null) {
      try {
        unit = Long.valueOf(unitId.strip());
      } catch (NumberFormatException e) {
        violations.add("unitId", "validation.notANumber");
      }
    }
    PageRequest request =
        PageRequest.parse(page, size, null, q, Set.of("startsAt"), "startsAt", violations);
    violations.throwIfAny();
    return PageJson.of(trainings.record(unit, request), ServicesJson::recordLine).toString();
  }

  @GET
  @Path("missed-quarters")
  public String missedQuarters() {
    JsonArrayBuilder quarters = Json.createArrayBuilder();
    trainings.missedQuarters().forEach(quarter -> quarters.add(quarter.toString()));
    return Json.createObjectBuilder().add("missedQuarters", quarters).build().toString();
  }

  private String detail(long id) {
    return ServicesJson.sessionDetail(trainings.get(id), trainings.registrations(id)).toString();
  }

  private static TrainingSession.Draft draft(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    TrainingSession.Draft draft =
        new TrainingSession.Draft(
            json.text("title"),
            json.instant("startsAt"),
            json.integer("durationMinutes"),
            json.text("place"),
            json.text("onlineLink"),
            json.integer("capacity"),
            json.text("materials"));
    violations.throwIfAny();
    return draft;
  }
}
