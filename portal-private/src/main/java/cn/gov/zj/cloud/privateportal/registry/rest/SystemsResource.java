package cn.gov.zj.cloud.privateportal.registry.rest;

import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.ImportKind;
import cn.gov.zj.cloud.privateportal.registry.RegistryImport;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.QueryFlag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 3, Art. 18: application systems over REST; {@code securityOfficerAccount} names the
 * officer's account (a PUT without it names none), {@code ?mine=true} lists the caller's systems as
 * officer.
 */
@Path("tenants/{tenant}/systems")
@Produces(MediaType.APPLICATION_JSON)
public class SystemsResource {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "unitId",
          "name",
          "description",
          "mlpsLevel",
          "securityOfficer",
          "securityOfficerAccount",
          "cloudStatus",
          "onCloudSince",
          "exemptionBasis",
          "publicFacing");

  @Inject private Systems systems;
  @Inject private RegistryImport imports;

  @GET
  public String list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q,
      @QueryParam("mine") String mine) {
    Violations violations = new Violations();
    boolean onlyMine = QueryFlag.of("mine", mine, violations);
    violations.throwIfAny();
    PageRequest request =
        PageRequest.strict(page, size, sort, q, Systems.SORTABLE.keySet(), "name");
    return RegistryJson.page(systems.list(request, onlyMine), RegistryJson::system).toString();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return RegistryJson.system(systems.get(id)).toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Long unitId = json.id("unitId");
    SystemDetails.Draft draft = draft(json);
    AppSystem system =
        systems.register(unitId, draft, json.text("securityOfficerAccount"), violations);
    return RegistryJson.created(uri, system.getId(), RegistryJson.system(system));
  }

  @PUT
  @Path("{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String update(@PathParam("id") long id, String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Long unitId = json.id("unitId");
    SystemDetails.Draft draft = draft(json);
    String account = json.text("securityOfficerAccount");
    return RegistryJson.system(
            systems.update(
                id, unitId, draft, Optional.of(account == null ? "" : account), violations))
        .toString();
  }

  private static SystemDetails.Draft draft(JsonInput json) {
    return new SystemDetails.Draft(
        json.text("name"),
        json.text("description"),
        json.integer("mlpsLevel"),
        json.text("securityOfficer"),
        json.enumValue("cloudStatus", CloudStatus.class),
        json.date("onCloudSince"),
        json.text("exemptionBasis"),
        json.bool("publicFacing"));
  }

  /** Art. 3: retires the system with {@code {"reason"}}; 409 when it is retired already. */
  @POST
  @Path("{id:[0-9]+}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  public String retire(@PathParam("id") long id, String body) {
    return RegistryJson.system(systems.retire(id, ImportJson.reason(body))).toString();
  }

  /** Art. 3: checks an XLSX or CSV file (the raw body); stores nothing. */
  @POST
  @Path("import/preview")
  @Consumes(MediaType.WILDCARD)
  public String previewImport(InputStream body, @Context HttpHeaders headers) {
    return ImportJson.preview(imports.preview(ImportKind.SYSTEMS, ImportJson.file(body)), headers);
  }

  /** Art. 3: stores every row of the file, or nothing (400 naming every bad cell). */
  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  public Response confirmImport(InputStream body) {
    return ImportJson.imported(
        ImportKind.SYSTEMS, imports.confirm(ImportKind.SYSTEMS, ImportJson.file(body)));
  }

  /** Art. 3: the empty XLSX template of an import file. */
  @GET
  @Path("import/template")
  @Produces(MediaType.WILDCARD)
  public Response importTemplate(@Context HttpHeaders headers) {
    return ImportJson.template(ImportKind.SYSTEMS, headers);
  }
}
