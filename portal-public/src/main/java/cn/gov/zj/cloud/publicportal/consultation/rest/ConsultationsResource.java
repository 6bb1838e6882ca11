package cn.gov.zj.cloud.publicportal.consultation.rest;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.consultation.ConsultationStatus;
import cn.gov.zj.cloud.publicportal.consultation.Consultations;
import cn.gov.zj.cloud.publicportal.consultation.Receipt;
import cn.gov.zj.cloud.publicportal.rest.BodyFields;
import cn.gov.zj.cloud.publicportal.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

/**
 * Art. 23: {@code POST /api/v1/tenants/<t>/consultations} → 201 {@code {"trackingNo", "queryCode"}}
 * (200 with the same answer when the same submission came again shortly), and {@code GET
 * /api/v1/consultations/<trackingNo>?code=} → the status and the reply; a wrong code is 404 like an
 * unknown number.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ConsultationsResource {

  private static final Set<String> FIELDS = Set.of("category", "subject", "content", "contact");

  @Inject private Consultations consultations;
  @Inject private TenantDirectory tenants;
  @Inject private ClientAddress clients;

  @POST
  @Path("tenants/{tenant}/consultations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @PathParam("tenant") String tenantId, InputStream body, @Context HttpServletRequest request) {
    Tenant tenant = tenants.find(tenantId).orElseThrow(NotFoundException::new);
    Violations violations = new Violations();
    BodyFields fields = BodyFields.read(body, FIELDS, violations);
    Consultation consultation =
        Consultation.from(
            new Consultation.Draft(
                fields.text("category"),
                fields.text("subject"),
                fields.text("content"),
                fields.text("contact")),
            violations);
    violations.throwIfAny();
    Receipt receipt = consultations.submit(tenant, consultation, clients.of(request));
    String json =
        JSON.createObjectBuilder()
            .add("trackingNo", receipt.trackingNumber().value())
            .add("queryCode", receipt.queryCode().value())
            .build()
            .toString();
    URI location = URI.create("/api/v1/consultations/" + receipt.trackingNumber().value());
    return (receipt.repeated() ? Response.ok() : Response.created(location)).entity(json).build();
  }

  @GET
  @Path("consultations/{trackingNo}")
  public String status(@PathParam("trackingNo") String number, @QueryParam("code") String code) {
    ConsultationStatus status =
        TrackingNumber.parse(number)
            .flatMap(parsed -> consultations.status(parsed, code))
            .orElseThrow(NotFoundException::new);
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("trackingNo", status.trackingNumber())
            .add("tenant", status.tenant())
            .add("category", status.category().name())
            .add("subject", status.subject())
            .add("status", status.status())
            .add("submittedAt", status.submittedAt().toString())
            .add("contact", status.contactMasked());
    status.reply().ifPresentOrElse(reply -> json.add("reply", reply), () -> json.addNull("reply"));
    status
        .repliedAt()
        .ifPresentOrElse(
            at -> json.add("repliedAt", at.toString()), () -> json.addNull("repliedAt"));
    return json.build().toString();
  }
}
