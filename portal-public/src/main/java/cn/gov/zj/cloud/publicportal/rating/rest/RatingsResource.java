package cn.gov.zj.cloud.publicportal.rating.rest;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.domain.feedback.ProviderRating;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.rating.Invitation;
import cn.gov.zj.cloud.publicportal.rating.Invitations;
import cn.gov.zj.cloud.publicportal.rating.RatingAccess;
import cn.gov.zj.cloud.publicportal.rating.RatingReceipt;
import cn.gov.zj.cloud.publicportal.rating.RatingView;
import cn.gov.zj.cloud.publicportal.rating.Ratings;
import cn.gov.zj.cloud.publicportal.rest.BodyFields;
import cn.gov.zj.cloud.publicportal.security.ClientAddress;
import cn.gov.zj.cloud.publicportal.web.guard.Visitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Art. 23: ratings. {@code POST tenants/<t>/ratings} (a citizen rates a public service), {@code GET
 * tenants/<t>/invitations/<token>} and {@code POST …/rating} (a unit rates a provider event once),
 * {@code GET ratings/<id>?code=} and {@code GET tenants/<t>/receipts/<number>?code=} (the rating,
 * its response and a bad review's deadlines) and {@code POST ratings/<id>/follow-up?code=} (the one
 * follow-up). Every answer 201 carries the rating's id, its receipt number and the code to come
 * back with.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RatingsResource {

  private static final Set<String> CITIZEN = Set.of("serviceId", "grade", "tags", "comment");
  private static final Set<String> PROVIDER =
      Set.of("grade", "responseScore", "qualityScore", "comment");
  private static final Set<String> FOLLOW_UP =
      Set.of("grade", "tags", "responseScore", "qualityScore", "comment");

  @Inject private Ratings ratings;
  @Inject private TenantDirectory tenants;
  @Inject private RatingAccess access;
  @Inject private Invitations invitations;
  @Inject private ClientAddress clients;

  @POST
  @Path("tenants/{tenant}/ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rateService(
      @PathParam("tenant") String tenantId, InputStream body, @Context HttpServletRequest request) {
    Tenant tenant = tenant(tenantId);
    Violations violations = new Violations();
    BodyFields fields = BodyFields.read(body, CITIZEN, violations);
    CitizenRating rating =
        CitizenRating.from(citizenDraft(fields, fields.number("serviceId")), violations);
    violations.throwIfAny();
    return receipt(
        ratings.rateService(tenant, rating, clients.of(request), Visitor.presented(request)));
  }

  @GET
  @Path("tenants/{tenant}/invitations/{token}")
  public String invitation(@PathParam("tenant") String tenantId, @PathParam("token") String token) {
    Invitation invitation =
        invitations.byToken(tenant(tenantId), token).orElseThrow(NotFoundException::new);
    return JSON.createObjectBuilder()
        .add("event", invitation.event())
        .add("applicationId", invitation.applicationId())
        .add("unitCode", invitation.unitCode())
        .add("occurredAt", invitation.occurredAt().toString())
        .add("rated", invitation.rated())
        .build()
        .toString();
  }

  @POST
  @Path("tenants/{tenant}/invitations/{token}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rateEvent(
      @PathParam("tenant") String tenantId, @PathParam("token") String token, InputStream body) {
    Tenant tenant = tenant(tenantId);
    Violations violations = new Violations();
    ProviderRating rating =
        ProviderRating.from(providerDraft(BodyFields.read(body, PROVIDER, violations)), violations);
    violations.throwIfAny();
    return receipt(ratings.rateEvent(tenant, token, rating));
  }

  @GET
  @Path("ratings/{id}")
  public String view(@PathParam("id") String id, @QueryParam("code") String code) {
    return json(find(id, code));
  }

  /**
   * Art. 23: the rating of a receipt number ({@code PJ20261207-123456}) in that tenant, with its
   * code; anything else (another tenant's number, a wrong code, no number at all) is the same 404.
   * Counted against the client's reads like every public lookup ({@code RateLimits}).
   */
  @GET
  @Path("tenants/{tenant}/receipts/{number}")
  public String receipt(
      @PathParam("tenant") String tenantId,
      @PathParam("number") String number,
      @QueryParam("code") String code) {
    Tenant tenant = tenant(tenantId);
    return json(
        ReceiptNumber.parse(number)
            .flatMap(receipt -> access.view(tenant, receipt, code))
            .orElseThrow(NotFoundException::new));
  }

  private static String json(RatingView view) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("ratingId", view.id().toString())
            .add("receipt", view.reference())
            .add("tenant", view.tenant())
            .add("kind", view.citizen() ? "CITIZEN" : "PROVIDER")
            .add("grade", view.grade().name())
            .add("ratedAt", view.ratedAt().toString())
            .add("followUpOpen", view.followUpOpen());
    view.rated().ifPresent(rated -> json.add(view.citizen() ? "serviceName" : "event", rated));
    JsonArrayBuilder tags = JSON.createArrayBuilder();
    view.tags().forEach(tag -> tags.add(tag.name()));
    json.add("tags", tags);
    view.comment().ifPresent(comment -> json.add("comment", comment));
    view.response().ifPresentOrElse(r -> json.add("response", r), () -> json.addNull("response"));
    view.respondedAt().ifPresent(at -> json.add("respondedAt", at.toString()));
    view.followUpGrade().ifPresent(grade -> json.add("followUpGrade", grade.name()));
    JsonArrayBuilder deadlines = JSON.createArrayBuilder();
    Instant now = Instant.now();
    view.deadlines().forEach(deadline -> deadlines.add(deadline(deadline, now)));
    json.add("deadlines", deadlines);
    return json.build().toString();
  }

  /** Art. 23: a bad review's call back or report: due date, state and when it was done. */
  private static JsonObjectBuilder deadline(BadReviewDeadline deadline, Instant now) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("stage", deadline.stage().name())
            .add("due", deadline.due().date().toString())
            .add("provisional", deadline.due().provisional())
            .add("state", deadline.state(now).name());
    deadline.doneAt().ifPresent(at -> json.add("doneAt", at.toString()));
    return json;
  }

  @POST
  @Path("ratings/{id}/follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response followUp(
      @PathParam("id") String id, @QueryParam("code") String code, InputStream body) {
    RatingView view = find(id, code);
    Violations violations = new Violations();
    BodyFields fields = BodyFields.read(body, FOLLOW_UP, violations);
    if (view.citizen()) {
      CitizenRating rating = CitizenRating.from(citizenDraft(fields, view.serviceId()), violations);
      violations.throwIfAny();
      return receipt(access.followUp(view.id(), code, rating));
    }
    ProviderRating rating = ProviderRating.from(providerDraft(fields), violations);
    violations.throwIfAny();
    return receipt(access.followUp(view.id(), code, rating));
  }

  private RatingView find(String id, String code) {
    try {
      return access.view(UUID.fromString(id), code).orElseThrow(NotFoundException::new);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  private static CitizenRating.Draft citizenDraft(BodyFields fields, Long serviceId) {
    return new CitizenRating.Draft(
        serviceId, fields.text("grade"), fields.texts("tags"), fields.text("comment"));
  }

  private static ProviderRating.Draft providerDraft(BodyFields fields) {
    return new ProviderRating.Draft(
        fields.text("grade"),
        fields.integer("responseScore"),
        fields.integer("qualityScore"),
        fields.text("comment"));
  }

  private Tenant tenant(String id) {
    return tenants.find(id).orElseThrow(NotFoundException::new);
  }

  private static Response receipt(RatingReceipt receipt) {
    String json =
        JSON.createObjectBuilder()
            .add("ratingId", receipt.ratingId().toString())
            .add("receipt", receipt.reference())
            .add("accessCode", receipt.accessCode().value())
            .build()
            .toString();
    URI location = URI.create("/api/v1/ratings/" + receipt.ratingId());
    return (receipt.repeated() ? Response.ok() : Response.created(location)).entity(json).build();
  }
}
