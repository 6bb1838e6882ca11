package cn.gov.zj.cloud.privateportal.registry.rest;

import cn.gov.zj.cloud.domain.attachment.AttachmentCheck;
import cn.gov.zj.cloud.domain.registry.CnasAssessment;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Assessment;
import cn.gov.zj.cloud.privateportal.registry.Assessments;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 18, Art. 9: a system's third-party (CNAS) assessment: {@code GET} (whether it is required
 * and recorded), {@code PUT} {@code {"institution", "reportNo", "reportDate", "conclusion"}} by the
 * unit's staff, {@code POST .../report} (multipart {@code file}) and its download.
 */
@Path("tenants/{tenant}/systems/{id:[0-9]+}/assessment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  private static final Set<String> FIELDS =
      Set.of("institution", "reportNo", "reportDate", "conclusion");

  @Inject private Assessments assessments;
  @Inject private Systems systems;

  @GET
  public String get(@PathParam("id") long id) {
    AppSystem system = systems.get(id);
    Optional<Assessment> recorded = assessments.of(id);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("systemId", id)
            .add("required", new MlpsLevel(system.getMlpsLevel()).needsThirdPartyReport())
            .add("missing", assessments.missing(system))
            .add("recorded", recorded.isPresent());
    recorded.ifPresent(assessment -> details(json, assessment));
    return json.build().toString();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String record(@PathParam("id") long id, String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    CnasAssessment.Draft draft =
        new CnasAssessment.Draft(
            json.text("institution"),
            json.text("reportNo"),
            json.date("reportDate"),
            json.text("conclusion"));
    JsonObjectBuilder answer = Json.createObjectBuilder().add("systemId", id);
    details(answer, assessments.record(id, draft, violations));
    return answer.build().toString();
  }

  @POST
  @Path("report")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public String attach(@PathParam("id") long id, @Context HttpServletRequest request) {
    Part file = AttachmentsResource.part(request, AttachmentCheck.FIELD);
    try (InputStream content = file == null ? null : file.getInputStream()) {
      JsonObjectBuilder answer = Json.createObjectBuilder().add("systemId", id);
      details(
          answer,
          assessments.attach(id, file == null ? null : file.getSubmittedFileName(), content));
      return answer.build().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("report")
  @Produces(MediaType.WILDCARD)
  public Response report(@PathParam("id") long id) {
    Assessments.Download download = assessments.report(id);
    Assessment.ReportFile file = download.file();
    return AttachmentsResource.bytes(
        download.path(), file.name(), file.contentType(), file.sha256(), file.sizeBytes());
  }

  private static void details(JsonObjectBuilder json, Assessment assessment) {
    json.add("recorded", true)
        .add("institution", assessment.institution())
        .add("reportNo", assessment.reportNo())
        .add("reportDate", assessment.reportDate().toString())
        .add("conclusion", assessment.conclusion())
        .add("recordedBy", assessment.recordedBy())
        .add(
            "recordedAt",
            assessment.recordedAt().atZone(Clocks.ZONE).toOffsetDateTime().toString());
    assessment
        .file()
        .ifPresent(
            file ->
                json.add(
                    "report",
                    Json.createObjectBuilder()
                        .add("fileName", file.name())
                        .add("contentType", file.contentType())
                        .add("size", file.sizeBytes())
                        .add("sha256", file.sha256())));
  }
}
