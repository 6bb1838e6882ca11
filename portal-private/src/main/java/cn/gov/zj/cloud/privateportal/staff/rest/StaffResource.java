package cn.gov.zj.cloud.privateportal.staff.rest;

import cn.gov.zj.cloud.domain.staff.StaffDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import cn.gov.zj.cloud.privateportal.staff.StaffAccounts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** Art. 4, Art. 25: the tenant administrator's staff accounts over REST. */
@Path("tenants/{tenant}/users")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  private static final Set<String> FIELDS =
      Set.of("username", "firstName", "lastName", "email", "role", "unitId");

  @Inject private StaffAccounts staff;

  @GET
  public String list(
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("q") String q) {
    PageRequest request = PageRequest.strict(page, size, null, q, Set.of("username"), "username");
    Page<StaffAccount> accounts = staff.list(request);
    return PageJson.of(accounts, account -> json(account)).toString();
  }

  /** 201 with the new account and its temporary password, shown this once. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    StaffDetails.Draft draft =
        new StaffDetails.Draft(
            json.text("username"),
            json.text("firstName"),
            json.text("lastName"),
            json.text("email"),
            json.text("role"),
            json.id("unitId"));
    StaffAccounts.Opened opened = staff.open(draft, violations);
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("id", opened.id())
            .add("username", opened.details().username())
            .add("role", opened.details().role().realmRole())
            .add("temporaryPassword", opened.temporaryPassword());
    if (opened.unitCode() == null) {
      answer.addNull("unit");
    } else {
      answer.add("unit", opened.unitCode());
    }
    return Response.status(Response.Status.CREATED).entity(answer.build().toString()).build();
  }

  private static JsonObject json(StaffAccount account) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", account.id())
            .add("username", account.username())
            .add("firstName", account.firstName())
            .add("lastName", account.lastName())
            .add("email", account.email())
            .add("enabled", account.enabled());
    return (account.unitCode() == null
            ? json.addNull("unit")
            : json.add("unit", account.unitCode()))
        .build();
  }
}
