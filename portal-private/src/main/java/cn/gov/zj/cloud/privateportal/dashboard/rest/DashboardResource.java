package cn.gov.zj.cloud.privateportal.dashboard.rest;

import cn.gov.zj.cloud.privateportal.dashboard.Dashboards;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Art. 4: the city dashboard ({@code reviewer}, {@code tenant-admin}) and, under the province's
 * path, every city side by side ({@code province-admin}); {@code ?year=YYYY}, the current year by
 * default, 400 naming {@code year} outside 2000–2100.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject private Dashboards dashboards;

  @GET
  @Path("dashboard")
  public String city(@QueryParam("year") String year) {
    return DashboardJson.city(dashboards.city(year)).toString();
  }

  @GET
  @Path("oversight/dashboard")
  public String province(@QueryParam("year") String year) {
    return DashboardJson.province(dashboards.province(year)).toString();
  }
}
