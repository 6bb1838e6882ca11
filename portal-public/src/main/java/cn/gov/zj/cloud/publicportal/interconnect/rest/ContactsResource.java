package cn.gov.zj.cloud.publicportal.interconnect.rest;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.consultation.Contacts;
import cn.gov.zj.cloud.publicportal.rest.BodyFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Set;

/**
 * Art. 23, Art. 24: {@code POST interconnect/contacts {"tenant", "trackingNo", "revealedBy"}}, for
 * the private zone's service account only ({@link ZoneGuard}): the contact of one consultation,
 * opened for staff who call the submitter back ({@code {"contact": …}}, or {@code {}} when none was
 * left); each opening audited ({@link Contacts}).
 */
@Path("interconnect/contacts")
@ZoneOnly
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ContactsResource {

  private static final Set<String> FIELDS = Set.of("tenant", "trackingNo", "revealedBy");

  @Inject private Contacts contacts;
  @Inject private TenantDirectory tenants;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String reveal(InputStream body) {
    Violations violations = new Violations();
    BodyFields fields = BodyFields.read(body, FIELDS, violations);
    String revealedBy =
        Texts.requiredLine("revealedBy", fields.text("revealedBy"), 100, violations);
    Tenant tenant = tenants.find(fields.text("tenant")).orElse(null);
    TrackingNumber number = TrackingNumber.parse(fields.text("trackingNo")).orElse(null);
    if (number == null) {
      violations.addOnce("trackingNo", "validation.required");
    }
    violations.throwIfAny();
    if (tenant == null) {
      throw new NotFoundException();
    }
    JsonObjectBuilder json = JSON.createObjectBuilder();
    contacts
        .reveal(tenant, number.value(), revealedBy)
        .ifPresent(contact -> json.add("contact", contact));
    return json.build().toString();
  }
}
