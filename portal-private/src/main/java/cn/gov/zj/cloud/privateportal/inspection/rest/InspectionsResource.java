package cn.gov.zj.cloud.privateportal.inspection.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.FindingState;
import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.inspection.FindingDraft;
import cn.gov.zj.cloud.privateportal.inspection.FindingView;
import cn.gov.zj.cloud.privateportal.inspection.Findings;
import cn.gov.zj.cloud.privateportal.inspection.InspectionDraft;
import cn.gov.zj.cloud.privateportal.inspection.InspectionReport;
import cn.gov.zj.cloud.privateportal.inspection.InspectionView;
import cn.gov.zj.cloud.privateportal.inspection.Inspections;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Art. 17: {@code POST /api/v1/tenants/<t>/inspections {"title", "kind", "unitIds", "startsOn",
 * "endsOn"}}, {@code GET …/inspections?q=&page=}, {@code GET …/inspections/<id>}, {@code POST
 * …/inspections/<id>/findings {"systemId", "severity", "description", "reference"}} → 201 with
 * {@code rectificationDue}, {@code GET …/findings?inspectionId=&state=&overdue=&q=&page=}, {@code
 * GET …/findings/<id>}, {@code POST …/findings/<id>/actions/submit-rectification {"note"}}, {@code
 * …/verify {"note"}}, {@code …/reopen {"reason"}}, {@code GET
 * …/inspections/<id>/report?format=pdf|xlsx}.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionsResource {

  private static final Set<String> INSPECTION =
      Set.of("title", "kind", "unitIds", "startsOn", "endsOn");
  private static final Set<String> FINDING =
      Set.of("systemId", "severity", "description", "reference");

  @Inject private Inspections inspections;
  @Inject private Findings findings;
  @Inject private InspectionReport report;
  @Inject private Clock clock;

  @POST
  @Path("inspections")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(String body, @jakarta.ws.rs.core.Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, INSPECTION, violations);
    InspectionDraft draft =
        new InspectionDraft(
            input.text("title"),
            input.enumValue("kind", InspectionKind.class),
            ids(body, violations),
            input.date("startsOn"),
            input.date("endsOn"));
    violations.throwIfAny();
    InspectionView view = inspections.plan(draft);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(InspectionJson.inspection(view).toString())
        .build();
  }

  @GET
  @Path("inspections")
  public String list(
      @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request =
        PageRequest.strict(page, size, "-startsOn", q, Set.of("startsOn"), "startsOn");
    return PageJson.of(inspections.list(request), InspectionJson::inspection).toString();
  }

  @GET
  @Path("inspections/{id}")
  public String get(@PathParam("id") String id) {
    return InspectionJson.inspection(inspections.get(id("inspection", id))).toString();
  }

  /** Art. 17: the inspection's report (findings, state, dates) as XLSX. */
  @GET
  @Path("inspections/{id}/report.xlsx")
  @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
  public Response report(
      @PathParam("id") String id, @jakarta.ws.rs.core.Context HttpHeaders headers) {
    return report(id, "xlsx", headers);
  }

  /** Art. 17: the inspection's report as PDF ({@code format=pdf}, the default) or XLSX. */
  @GET
  @Path("inspections/{id}/report")
  @Produces({PdfSheet.MEDIA_TYPE, SheetWriter.XLSX, MediaType.APPLICATION_JSON})
  public Response report(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @jakarta.ws.rs.core.Context HttpHeaders headers) {
    long inspection = id("inspection", id);
    boolean pdf = format == null || "pdf".equals(format);
    if (!pdf && !"xlsx".equals(format)) {
      new Violations().add("format", "inspection.report.format").throwIfAny();
    }
    Locale locale =
        Messages.supported(
            headers.getAcceptableLanguages().isEmpty()
                ? Messages.CHINESE
                : headers.getAcceptableLanguages().get(0));
    String name = "inspection-" + inspection + (pdf ? ".pdf" : ".xlsx");
    return Response.ok(
            pdf ? report.pdf(inspection, locale) : report.xlsx(inspection, locale),
            pdf ? PdfSheet.MEDIA_TYPE : SheetWriter.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  @POST
  @Path("inspections/{id}/findings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(
      @PathParam("id") String id, String body, @jakarta.ws.rs.core.Context UriInfo uri) {
    long inspection = id("inspection", id);
    Violations violations = new Violations();
    JsonInput input = JsonInput.parse(body, FINDING, violations);
    FindingDraft draft =
        new FindingDraft(
            input.id("systemId"),
            input.enumValue("severity", FindingSeverity.class),
            input.text("description"),
            input.text("reference"));
    violations.throwIfAny();
    FindingView view = findings.record(inspection, draft);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("tenants/{tenant}/findings/{id}")
                .build(uri.getPathParameters().getFirst("tenant"), view.id()))
        .entity(InspectionJson.finding(view, clock.instant()).toString())
        .build();
  }

  @GET
  @Path("findings")
  public String findings(
      @QueryParam("inspectionId") String inspectionId,
      @QueryParam("state") String state,
      @QueryParam("overdue") String overdue,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    Long inspection = null;
    if (inspectionId != null) {
      inspection = number(inspectionId);
      if (inspection == null) {
        violations.add("inspectionId", "validation.notANumber");
      }
    }
    FindingState wanted = null;
    if (state != null) {
      try {
        wanted = FindingState.valueOf(state);
      } catch (IllegalArgumentException e) {
        violations.add("state", "validation.unknownValue", "OPEN, SUBMITTED, VERIFIED");
      }
    }
    if (overdue != null && !Set.of("true", "false").contains(overdue)) {
      violations.add("overdue", "validation.notABoolean");
    }
    violations.throwIfAny();
    PageRequest request = PageRequest.strict(page, size, "due", q, Set.of("due"), "due");
    var filter = new Findings.Filter(inspection, wanted, "true".equals(overdue));
    var now = clock.instant();
    return PageJson.of(findings.list(filter, request), f -> InspectionJson.finding(f, now))
        .toString();
  }

  @GET
  @Path("findings/{id}")
  public String finding(@PathParam("id") String id) {
    long finding = id("finding", id);
    return InspectionJson.finding(findings.get(finding), findings.history(finding), clock.instant())
        .toString();
  }

  @POST
  @Path("findings/{id}/actions/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String act(@PathParam("id") String id, @PathParam("action") String action, String body) {
    long finding = id("finding", id);
    FindingAction wanted =
        FindingAction.ofRestName(action).orElseThrow(() -> new NotFound("action", action));
    String field = wanted.textField().orElse("note");
    Violations violations = new Violations();
    String text =
        body == null || body.isBlank()
            ? null
            : JsonInput.parse(body, Set.of(field), violations).text(field);
    violations.throwIfAny();
    FindingView view = findings.act(finding, wanted, text);
    return InspectionJson.finding(view, findings.history(finding), clock.instant()).toString();
  }

  /** The unit ids: an array of whole numbers; null when absent; 400 {@code unitIds} otherwise. */
  private static List<Long> ids(String body, Violations violations) {
    JsonValue value;
    try (var reader = Json.createReader(new StringReader(body))) {
      value = reader.readObject().get("unitIds");
    }
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)
        || !array.stream()
            .allMatch(
                v ->
                    v instanceof JsonNumber n
                        && n.isIntegral()
                        && n.bigIntegerValue().bitLength() < 63
                        && n.longValue() > 0)) {
      violations.addOnce("unitIds", "validation.notAnArray");
      return List.of();
    }
    return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
  }

  /** A path id: digits only, else 404 (never a 500). */
  private static long id(String what, String text) {
    Long id = number(text);
    if (id == null) {
      throw new NotFound(what, text);
    }
    return id;
  }

  private static Long number(String text) {
    if (text == null || !text.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(text);
  }
}
