package cn.gov.zj.cloud.privateportal.terms.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.terms.TermsOfUse;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.terms.Acceptance;
import cn.gov.zj.cloud.privateportal.terms.TermsAcceptances;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 16: the terms of lawful use in force, in the reader's language, with whether the caller's
 * unit accepted them; and the unit's acceptance ({@code {"version"}}: 201 the first time, 200 with
 * the kept one after).
 */
@Path("tenants/{tenant}/terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

  private static final Set<String> FIELDS = Set.of("version");

  @Inject private TermsAcceptances terms;

  @GET
  public String current(@Context HttpHeaders headers) {
    TermsOfUse current = terms.current();
    Locale locale =
        Messages.supported(
            headers.getAcceptableLanguages().isEmpty()
                ? null
                : headers.getAcceptableLanguages().get(0));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("version", current.version())
            .add("title", Messages.get(locale, TermsOfUse.TITLE_KEY))
            .add("text", Messages.get(locale, TermsOfUse.TEXT_KEY));
    Optional<Acceptance> accepted = terms.ofOwnUnit();
    json.add("accepted", accepted.isPresent());
    accepted.ifPresent(acceptance -> acceptance(json, acceptance));
    return json.build().toString();
  }

  @POST
  @Path("acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response accept(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    TermsAcceptances.Accepted accepted = terms.accept(json.text("version"), violations);
    JsonObjectBuilder answer = Json.createObjectBuilder().add("accepted", true);
    acceptance(answer, accepted.acceptance());
    return Response.status(accepted.created() ? 201 : 200)
        .entity(answer.build().toString())
        .build();
  }

  private static void acceptance(JsonObjectBuilder json, Acceptance acceptance) {
    json.add("unitId", acceptance.unitId())
        .add("acceptedVersion", acceptance.version())
        .add("acceptedBy", acceptance.acceptedBy())
        .add(
            "acceptedAt",
            acceptance.acceptedAt().atZone(Clocks.ZONE).toOffsetDateTime().toString());
  }
}
