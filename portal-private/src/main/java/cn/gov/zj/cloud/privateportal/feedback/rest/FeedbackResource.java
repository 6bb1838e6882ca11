package cn.gov.zj.cloud.privateportal.feedback.rest;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.feedback.ConsultationDesk;
import cn.gov.zj.cloud.privateportal.feedback.ReceivedConsultation;
import cn.gov.zj.cloud.privateportal.feedback.RectificationItem;
import cn.gov.zj.cloud.privateportal.feedback.Rectifications;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * Art. 23: the public zone's feedback in the private zone. {@code GET
 * /api/v1/tenants/<t>/consultations?status=&q=&page=}, {@code GET …/consultations/<no>}, {@code
 * POST …/consultations/<no>/reply {"reply"}}, {@code POST …/consultations/<no>/contact}; {@code GET
 * …/rectifications?open=}, {@code POST …/rectifications/<id>/callback {"note"}} and {@code …/report
 * {"report"}}.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  private static final Set<String> STATES = Set.of("RECEIVED", "ANSWERED");

  @Inject private ConsultationDesk desk;
  @Inject private Rectifications rectifications;

  @GET
  @Path("consultations")
  public String consultations(
      @QueryParam("status") String status,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (status != null && !STATES.contains(status)) {
      new Violations().add("status", "validation.unknownValue", "RECEIVED, ANSWERED").throwIfAny();
    }
    PageRequest request =
        PageRequest.strict(page, size, "submittedAt", q, Set.of("submittedAt"), "submittedAt");
    return PageJson.of(desk.list(status, request), FeedbackJson::consultation).toString();
  }

  @GET
  @Path("consultations/{no}")
  public String consultation(@PathParam("no") String number) {
    return FeedbackJson.consultation(desk.get(number)).toString();
  }

  @POST
  @Path("consultations/{no}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  public String reply(@PathParam("no") String number, String body) {
    String reply = onlyText(body, "reply");
    ReceivedConsultation answered = desk.answer(number, reply);
    return FeedbackJson.consultation(answered).toString();
  }

  /**
   * Art. 23: {@code POST …/consultations/<no>/contact}: the submitter's contact, to call back;
   * audited, for the roles that answer consultations only ({@code {"contact": …}}).
   */
  @POST
  @Path("consultations/{no}/contact")
  public String contact(@PathParam("no") String number) {
    return Json.createObjectBuilder()
        .add("trackingNo", number)
        .add("contact", desk.revealContact(number))
        .build()
        .toString();
  }

  @GET
  @Path("rectifications")
  public String rectifications(
      @QueryParam("open") String open,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    boolean openOnly = open == null || "true".equals(open.strip());
    if (open != null && !openOnly && !"false".equals(open.strip())) {
      new Violations().add("open", "validation.notABoolean").throwIfAny();
    }
    PageRequest request = PageRequest.strict(page, size, "due", null, Set.of("due"), "due");
    return PageJson.of(rectifications.list(openOnly, request), FeedbackJson::rectification)
        .toString();
  }

  @POST
  @Path("rectifications/{id}/callback")
  @Consumes(MediaType.APPLICATION_JSON)
  public String callBack(@PathParam("id") long id, String body) {
    String note = onlyText(body, "note");
    RectificationItem item = rectifications.callBack(id, note);
    return FeedbackJson.rectification(item).toString();
  }

  @POST
  @Path("rectifications/{id}/report")
  @Consumes(MediaType.APPLICATION_JSON)
  public String report(@PathParam("id") long id, String body) {
    String report = onlyText(body, "report");
    RectificationItem item = rectifications.report(id, report);
    return FeedbackJson.rectification(item).toString();
  }

  /** The one text field of a JSON body; 400 naming it (or an unknown one) otherwise. */
  private static String onlyText(String body, String field) {
    return JsonInput.onlyText(body, field);
  }
}
