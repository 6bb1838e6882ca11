package cn.gov.zj.cloud.privateportal.registry.rest;

import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Oversight;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Art. 4: {@code province-admin} reads every city's registry, read-only. */
@Path("tenants/{tenant}/oversight/systems")
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {

  @Inject private Oversight oversight;

  @GET
  public String systems(
      @QueryParam("tenant") String tenant,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q) {
    PageRequest request =
        PageRequest.strict(page, size, sort, q, Systems.SORTABLE.keySet(), "name");
    return RegistryJson.page(oversight.systems(tenant, request), OversightResource::withTenant)
        .toString();
  }

  private static JsonObject withTenant(AppSystem system) {
    return Json.createObjectBuilder(RegistryJson.system(system))
        .add("tenant", system.getTenantId())
        .build();
  }
}
