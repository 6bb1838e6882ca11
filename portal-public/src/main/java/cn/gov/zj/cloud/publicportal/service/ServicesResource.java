package cn.gov.zj.cloud.publicportal.service;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Numbers;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Art. 23: {@code GET /api/v1/tenants/<t>/services?q=&page=&size=} → the tenant's public-facing
 * systems that citizens can rate. Art. 25: a page, size or search out of range is a 400 naming it
 * (a control character in any parameter: {@code AddressText}).
 */
@Path("tenants/{tenant}/services")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ServicesResource {

  private static final int DEFAULT_SIZE = 20;
  private static final int MAX_SEARCH = 100;

  @Inject private ServiceDirectory directory;
  @Inject private TenantDirectory tenants;

  @GET
  public String list(
      @PathParam("tenant") String tenantId,
      @QueryParam("q") String search,
      @QueryParam("page") String pageText,
      @QueryParam("size") String sizeText) {
    Tenant tenant = tenants.find(tenantId).orElseThrow(NotFoundException::new);
    Violations violations = new Violations();
    int page = Numbers.page(pageText, violations);
    int size = Numbers.size(sizeText, DEFAULT_SIZE, ServiceDirectory.MAX_PAGE_SIZE, violations);
    if (search != null && search.length() > MAX_SEARCH) {
      violations.addOnce("q", "validation.tooLong", MAX_SEARCH);
    }
    violations.throwIfAny();
    ServiceDirectory.Listing listing = directory.listed(tenant, search, page, size);
    JsonArrayBuilder items = JSON.createArrayBuilder();
    listing
        .items()
        .forEach(
            service -> {
              JsonObjectBuilder item =
                  JSON.createObjectBuilder()
                      .add("serviceId", service.id())
                      .add("name", service.name());
              service.unitName().ifPresent(unit -> item.add("unitName", unit));
              service.description().ifPresent(text -> item.add("description", text));
              items.add(item);
            });
    return JSON.createObjectBuilder()
        .add("items", items)
        .add("total", listing.total())
        .add("page", page)
        .build()
        .toString();
  }
}
