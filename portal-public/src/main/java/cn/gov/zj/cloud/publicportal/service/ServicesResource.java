package cn.gov.zj.cloud.publicportal.service;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Art. 23: {@code GET /api/v1/tenants/<t>/services?q=&page=&size=} → the tenant's public-facing
 * systems that citizens can rate.
 */
@Path("tenants/{tenant}/services")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ServicesResource {

  @Inject private ServiceDirectory directory;
  @Inject private TenantDirectory tenants;

  @GET
  public String list(
      @PathParam("tenant") String tenantId,
      @QueryParam("q") String search,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Tenant tenant = tenants.find(tenantId).orElseThrow(NotFoundException::new);
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
        .add("page", Math.max(0, page))
        .build()
        .toString();
  }
}
