package cn.gov.zj.cloud.privateportal.staff.rest;

import cn.gov.zj.cloud.domain.staff.StaffChange;
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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
  private static final Set<String> CHANGE_FIELDS =
      Set.of("firstName", "lastName", "email", "roles", "unitId");

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

  /** Art. 25: one account of the tenant's realm; 404 for another realm's id. */
  @GET
  @Path("{user}")
  public String get(@PathParam("user") String user) {
    return json(staff.get(user)).toString();
  }

  /** Art. 25: new names, email, roles and unit; 400 naming each bad field, nothing changed. */
  @PUT
  @Path("{user}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String update(@PathParam("user") String user, String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, CHANGE_FIELDS, violations);
    StaffChange.Draft draft =
        new StaffChange.Draft(
            json.text("firstName"),
            json.text("lastName"),
            json.text("email"),
            json.texts("roles"),
            json.id("unitId"));
    return json(staff.update(user, draft, violations)).toString();
  }

  /** Art. 25: disables the account and ends its sessions. */
  @POST
  @Path("{user}/disable")
  public String disable(@PathParam("user") String user) {
    return json(staff.setEnabled(user, false)).toString();
  }

  /** Art. 25: enables a disabled account. */
  @POST
  @Path("{user}/enable")
  public String enable(@PathParam("user") String user) {
    return json(staff.setEnabled(user, true)).toString();
  }

  /** Art. 25: a new temporary password, shown this once; the owner changes it at sign-in. */
  @POST
  @Path("{user}/password-reset")
  public String resetPassword(@PathParam("user") String user) {
    return Json.createObjectBuilder()
        .add("temporaryPassword", staff.resetPassword(user))
        .build()
        .toString();
  }

  /** Art. 25: removes the account; 204. */
  @DELETE
  @Path("{user}")
  public Response remove(@PathParam("user") String user) {
    staff.remove(user);
    return Response.noContent().build();
  }

  private static JsonObject json(StaffAccount account) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    account.roles().forEach(role -> roles.add(role.realmRole()));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", account.id())
            .add("username", account.username())
            .add("firstName", account.firstName())
            .add("lastName", account.lastName())
            .add("email", account.email())
            .add("enabled", account.enabled())
            .add("roles", roles);
    if (account.unitCode() == null) {
      json.addNull("unit");
    } else {
      json.add("unit", account.unitCode());
    }
    return (account.unitName() == null
            ? json.addNull("unitName")
            : json.add("unitName", account.unitName()))
        .build();
  }
}
