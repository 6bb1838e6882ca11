package cn.gov.zj.cloud.privateportal.filing.rest;

import cn.gov.zj.cloud.domain.filing.PlatformChoice;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.filing.FilingReviews;
import cn.gov.zj.cloud.privateportal.filing.TenantProfiles;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * Art. 4, 5: {@code GET/PUT .../profile}: the tenant's competent department ({@code department},
 * {@code contactPerson}, {@code phone}, {@code email}) and {@code platform} ({@code PROVINCIAL} or
 * {@code CITY}), changed by its tenant-admin; {@code GET .../oversight/profiles}: every tenant's,
 * for the province-admin.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

  private static final Set<String> FIELDS =
      Set.of("department", "contactPerson", "phone", "email", "platform");

  @Inject private TenantProfiles profiles;
  @Inject private FilingReviews reviews;

  @GET
  @Path("profile")
  public String get() {
    return FilingJson.profile(profiles.mine()).build().toString();
  }

  @PUT
  @Path("profile")
  @Consumes(MediaType.APPLICATION_JSON)
  public String change(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    return FilingJson.profile(
            profiles.change(
                json.text("department"),
                json.text("contactPerson"),
                json.text("phone"),
                json.text("email"),
                json.enumValue("platform", PlatformChoice.class),
                violations))
        .build()
        .toString();
  }

  @GET
  @Path("oversight/profiles")
  public String all() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    reviews.profiles().forEach(profile -> items.add(FilingJson.profile(profile)));
    return Json.createObjectBuilder().add("items", items).build().toString();
  }
}
