package cn.gov.zj.cloud.privateportal.bulletin.rest;

import cn.gov.zj.cloud.domain.bulletin.SecurityCompliance;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.bulletin.BulletinView;
import cn.gov.zj.cloud.privateportal.bulletin.Bulletins;
import cn.gov.zj.cloud.privateportal.bulletin.DrillDraft;
import cn.gov.zj.cloud.privateportal.bulletin.DrillView;
import cn.gov.zj.cloud.privateportal.bulletin.Drills;
import cn.gov.zj.cloud.privateportal.bulletin.ReadReceipt;
import cn.gov.zj.cloud.privateportal.bulletin.SecurityDuties;
import cn.gov.zj.cloud.privateportal.inspection.rest.InspectionJson;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
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
import java.util.Set;

/**
 * Art. 19: {@code POST /api/v1/tenants/<t>/bulletins {"month", "title", "body"}}, {@code GET
 * …/bulletins?q=&page=}, {@code GET …/bulletins/<id>} (a unit's staff: read), {@code GET
 * …/bulletins/<id>/receipts}; {@code POST …/drills {"year", "scenario", "heldOn", "participants",
 * "result"}}, {@code GET …/drills?year=}; {@code GET …/compliance/security?year=}.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinsResource {

  private static final Set<String> BULLETIN = Set.of("month", "title", "body");
  private static final Set<String> DRILL =
      Set.of("year", "scenario", "heldOn", "participants", "result");

  @Inject private Bulletins bulletins;
  @Inject private Drills drills;
  @Inject private SecurityDuties duties;

  @POST
  @Path("bulletins")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, BULLETIN, violations);
    String month = input.text("month");
    String title = input.text("title");
    String text = input.text("body");
    violations.throwIfAny();
    BulletinView view = bulletins.publish(month, title, text);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(bulletin(view).toString())
        .build();
  }

  @GET
  @Path("bulletins")
  public String list(
      @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = PageRequest.strict(page, size, "-month", q, Set.of("month"), "month");
    return PageJson.of(bulletins.list(request), BulletinsResource::bulletin).toString();
  }

  @GET
  @Path("bulletins/{id}")
  public String open(@PathParam("id") String id) {
    return bulletin(bulletins.open(id(id))).toString();
  }

  @GET
  @Path("bulletins/{id}/receipts")
  public String receipts(@PathParam("id") String id) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (ReadReceipt receipt : bulletins.receipts(id(id))) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("username", receipt.username())
              .add("displayName", receipt.displayName())
              .add("readAt", InspectionJson.iso(receipt.readAt()));
      if (receipt.unitId() != null) {
        json.add("unitId", receipt.unitId());
      }
      items.add(json);
    }
    return Json.createObjectBuilder().add("items", items).build().toString();
  }

  @POST
  @Path("drills")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response drill(String body) {
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, DRILL, violations);
    DrillDraft draft =
        new DrillDraft(
            input.integer("year"),
            input.text("scenario"),
            input.date("heldOn"),
            input.text("participants"),
            input.text("result"));
    violations.throwIfAny();
    return Response.status(Response.Status.CREATED)
        .entity(drill(drills.record(draft)).toString())
        .build();
  }

  @GET
  @Path("drills")
  public String drills(@QueryParam("year") String year) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    drills.list(year(year)).forEach(d -> items.add(drill(d)));
    return Json.createObjectBuilder().add("items", items).build().toString();
  }

  @GET
  @Path("compliance/security")
  public String compliance(@QueryParam("year") String year) {
    SecurityCompliance compliance = duties.of(year(year));
    JsonArrayBuilder months = Json.createArrayBuilder();
    JsonArrayBuilder missing = Json.createArrayBuilder();
    for (SecurityCompliance.MonthDuty month : compliance.months()) {
      months.add(
          Json.createObjectBuilder()
              .add("month", month.month().toString())
              .add("state", month.state().name())
              .add("due", month.due().date().toString()));
    }
    compliance.missingMonths().forEach(m -> missing.add(m.toString()));
    return Json.createObjectBuilder()
        .add("year", compliance.year())
        .add("months", months)
        .add("missingMonths", missing)
        .add(
            "drill",
            Json.createObjectBuilder()
                .add("state", compliance.drill().state().name())
                .add("held", compliance.drill().state().name().equals("DONE"))
                .add("due", compliance.drill().due().date().toString()))
        .build()
        .toString();
  }

  static JsonObject bulletin(BulletinView view) {
    return Json.createObjectBuilder()
        .add("id", view.id())
        .add("month", view.month().toString())
        .add("title", view.title())
        .add("body", view.body())
        .add("publishedBy", view.publishedBy())
        .add("publishedAt", InspectionJson.iso(view.publishedAt()))
        .add("reads", view.reads())
        .add("read", view.readByMe())
        .build();
  }

  static JsonObject drill(DrillView view) {
    return Json.createObjectBuilder()
        .add("id", view.id())
        .add("year", view.year())
        .add("scenario", view.scenario())
        .add("heldOn", view.heldOn().toString())
        .add("participants", view.participants())
        .add("result", view.result())
        .add("recordedBy", view.recordedBy())
        .add("recordedAt", InspectionJson.iso(view.recordedAt()))
        .build();
  }

  /** {@code ?year=}: a year of four digits; 400 {@code year} otherwise. */
  private static int year(String text) {
    if (text == null || !text.matches("[0-9]{4}")) {
      new Violations().add("year", "validation.notANumber").throwIfAny();
    }
    return Integer.parseInt(text);
  }

  private static long id(String text) {
    if (text == null || !text.matches("[0-9]{1,18}")) {
      throw new NotFound("bulletin", text);
    }
    return Long.parseLong(text);
  }
}
