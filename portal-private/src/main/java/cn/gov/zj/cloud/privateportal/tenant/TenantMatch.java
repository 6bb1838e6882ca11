package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.privateportal.rest.Problem;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.web.Locales;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Art. 5: after routing, the {@code {tenant}} that the matched resource reads from its path must be
 * the tenant the authentication mechanism verified the caller for; otherwise the answer is 404, as
 * for a tenant that does not exist. It binds the tenant to the resource itself, so that a path the
 * mechanism and the router read differently can never reach another tenant's data.
 */
@Priority(Priorities.AUTHORIZATION)
public class TenantMatch implements ContainerRequestFilter {

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    String routed = context.getUriInfo().getPathParameters().getFirst("tenant");
    if (routed == null) {
      return;
    }
    Object actor = request.getAttribute(Actor.ATTRIBUTE);
    if (actor instanceof Actor verified && verified.tenant().id().value().equals(routed)) {
      return;
    }
    context.abortWith(
        Response.status(404)
            .type(Problem.MEDIA_TYPE)
            .entity(Problem.of("not-found", 404, null).toJson(Locales.of(request), null).toString())
            .build());
  }
}
