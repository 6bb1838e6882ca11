package cn.gov.zj.cloud.privateportal.registry.rest;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.ImportKind;
import cn.gov.zj.cloud.privateportal.registry.RegistryImport;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
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
import java.util.Set;

/** Art. 3, Art. 4: the tenant's using units over REST. */
@Path("tenants/{tenant}/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

  private static final Set<String> FIELDS = Set.of("id", "name", "creditCode", "contact");

  @Inject private Units units;
  @Inject private RegistryImport imports;

  @GET
  public String list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q) {
    PageRequest request = PageRequest.strict(page, size, sort, q, Units.sortFields(), "name");
    return RegistryJson.page(units.list(request), RegistryJson::unit).toString();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return RegistryJson.unit(units.get(id)).toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    String name = json.text("name");
    String code = json.text("creditCode");
    String contact = json.text("contact");
    UsingUnit unit = units.create(name, code, contact, violations);
    return RegistryJson.created(uri, unit.getId(), RegistryJson.unit(unit));
  }

  @PUT
  @Path("{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public String update(@PathParam("id") long id, String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    String name = json.text("name");
    String code = json.text("creditCode");
    String contact = json.text("contact");
    return RegistryJson.unit(units.update(id, name, code, contact, violations)).toString();
  }

  /** Art. 3: retires the unit with {@code {"reason"}}; 409 when it is retired already. */
  @POST
  @Path("{id:[0-9]+}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  public String retire(@PathParam("id") long id, String body) {
    return RegistryJson.unit(units.retire(id, ImportJson.reason(body))).toString();
  }

  /** Art. 3: checks an XLSX or CSV file (the raw body); stores nothing. */
  @POST
  @Path("import/preview")
  @Consumes(MediaType.WILDCARD)
  public String previewImport(InputStream body, @Context HttpHeaders headers) {
    return ImportJson.preview(imports.preview(ImportKind.UNITS, ImportJson.file(body)), headers);
  }

  /** Art. 3: stores every row of the file, or nothing (400 naming every bad cell). */
  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  public Response confirmImport(InputStream body) {
    return ImportJson.imported(
        ImportKind.UNITS, imports.confirm(ImportKind.UNITS, ImportJson.file(body)));
  }

  /** Art. 3: the empty XLSX template of an import file. */
  @GET
  @Path("import/template")
  @Produces(MediaType.WILDCARD)
  public Response importTemplate(@Context HttpHeaders headers) {
    return ImportJson.template(ImportKind.UNITS, headers);
  }
}
