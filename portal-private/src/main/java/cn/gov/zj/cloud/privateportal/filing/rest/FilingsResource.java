package cn.gov.zj.cloud.privateportal.filing.rest;

import cn.gov.zj.cloud.domain.attachment.AttachmentCheck;
import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.domain.filing.PlatformPlan;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.filing.FilingDecisions;
import cn.gov.zj.cloud.privateportal.filing.FilingReviews;
import cn.gov.zj.cloud.privateportal.filing.Filings;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Art. 5: platform filings. A city's tenant-admin files ({@code POST .../filings}, multipart: the
 * plan as JSON in part {@code filing}, the document in part {@code file}) → 201 {@code SUBMITTED},
 * and files a returned one again ({@code POST .../filings/<id>/actions/resubmit}, multipart
 * likewise, the document optional). The province-admin lists every city's filings under its own
 * path ({@code ?city=&state=&q=}) and accepts or returns them ({@code .../actions/accept|return},
 * {@code {"opinion": "…"}}). 403 for the wrong role, 404 for another city's filing, 409 with the
 * actions allowed now, 400 naming each invalid field.
 */
@Path("tenants/{tenant}/filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingsResource {

  private static final String PLAN_PART = "filing";

  @Inject private Filings filings;
  @Inject private FilingReviews reviews;
  @Inject private FilingDecisions decisions;
  @Inject private CurrentActor actor;
  @Inject private Tenants tenants;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response file(@Context HttpServletRequest request, @Context UriInfo uri) {
    long id =
        received(
            request,
            (plan, name, content, violations) ->
                filings.file(plan, name, content, violations).getId());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(detail(id))
        .build();
  }

  /** Art. 5: the caller's filings: every city's for the province-admin, its own for a city. */
  @GET
  public String list(
      @QueryParam("city") String city,
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q) {
    Violations violations = new Violations();
    FilingState wanted =
        state == null || state.isBlank()
            ? null
            : Texts.constant("state", state, FilingState.class, violations);
    String tenant = city == null || city.isBlank() ? null : city.strip();
    if (tenant != null && tenants.find(tenant).isEmpty()) {
      violations.add("city", "validation.unknownValue", tenant);
    }
    PageRequest request =
        PageRequest.parse(page, size, sort, q, Filings.SORTABLE.keySet(), "-filedAt", violations);
    violations.throwIfAny();
    Page<PlatformFiling> found =
        province() ? reviews.list(tenant, wanted, request) : filings.list(wanted, request);
    return PageJson.of(found, filing -> FilingJson.summary(filing).build()).toString();
  }

  /** Art. 5: the register of filed (accepted) platforms: every city's, or the city's own. */
  @GET
  @Path("register")
  public String register() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    (province() ? reviews.register() : filings.register())
        .forEach(filing -> items.add(FilingJson.summary(filing)));
    return Json.createObjectBuilder().add("items", items).build().toString();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return detail(id);
  }

  /** Art. 5: the plan document, audited, always as a download. */
  @GET
  @Path("{id:[0-9]+}/plan")
  @Produces(MediaType.WILDCARD)
  public Response plan(@PathParam("id") long id) {
    Filings.Download download = province() ? decisions.plan(id) : filings.plan(id);
    PlatformFiling filing = download.filing();
    return AttachmentsResource.bytes(
        download.file(),
        filing.getPlanFileName(),
        filing.getPlanType(),
        filing.getPlanSha256(),
        filing.getPlanSize());
  }

  /** Art. 5: {@code accept} / {@code return} by the province-admin ({@code {"opinion": "…"}}). */
  @POST
  @Path("{id:[0-9]+}/actions/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String fire(@PathParam("id") long id, @PathParam("action") String action, String body) {
    String json = body == null || body.isBlank() ? "{}" : body;
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(json, Set.of("opinion"), violations);
    String opinion = input.text("opinion");
    violations.throwIfAny();
    decisions.decide(id, action, opinion);
    return detail(id);
  }

  /**
   * Art. 5: the city files a returned filing again: the corrected plan as JSON in part {@code
   * filing}; a new document in part {@code file}, or none to keep the one filed.
   */
  @POST
  @Path("{id:[0-9]+}/actions/resubmit")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public String resubmit(@PathParam("id") long id, @Context HttpServletRequest request) {
    received(
        request,
        (plan, name, content, violations) ->
            filings.resubmit(id, plan, name, content, violations).getId());
    return detail(id);
  }

  /** What is done with a received plan and its document (null when none came). */
  @FunctionalInterface
  private interface Receiver {
    long take(PlatformPlan.Draft plan, String name, InputStream content, Violations violations);
  }

  /** Reads the plan part and the document part of a multipart body and hands them on. */
  private static long received(HttpServletRequest request, Receiver receiver) {
    Violations violations = new Violations();
    JsonInput plan = JsonInput.parse(planPart(request), FilingJson.PLAN, violations);
    Part file = AttachmentsResource.part(request, AttachmentCheck.FIELD);
    try (InputStream content = file == null ? null : file.getInputStream()) {
      return receiver.take(
          FilingJson.plan(plan),
          file == null ? null : file.getSubmittedFileName(),
          content,
          violations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String detail(long id) {
    Actor who = actor.get();
    PlatformFiling filing = province() ? reviews.get(id) : filings.get(id);
    return FilingJson.detail(
            filing,
            province() ? reviews.history(id) : filings.history(id),
            Filings.available(who, filing))
        .toString();
  }

  private boolean province() {
    return actor.get().tenant().isProvince();
  }

  /** The plan part as text; a missing one is an empty object (each field is then named). */
  private static String planPart(HttpServletRequest request) {
    Part part = AttachmentsResource.part(request, PLAN_PART);
    if (part == null) {
      return "{}";
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
