package cn.gov.zj.cloud.publicportal.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.publicportal.interconnect.rest.ZoneGuard;
import cn.gov.zj.cloud.publicportal.interconnect.rest.ZoneOnly;
import cn.gov.zj.cloud.publicportal.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Art. 23: per-client limits on every public endpoint: writes and reads counted apart, per minute;
 * over the limit the answer is 429 with a clear message and {@code Retry-After}. The private zone's
 * interconnection calls are not counted: {@link ZoneGuard} lets only its service account through to
 * the resources marked {@link ZoneOnly}, which this filter recognises after routing, not by path.
 */
public class RateLimits implements ContainerRequestFilter {

  @Inject private ClientWindows windows;
  @Inject private ClientAddress clients;
  @Context private HttpServletRequest request;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext context) {
    if (zoneOnly()) {
      return; // Art. 24: the private zone's authenticated calls; ZoneGuard refused any other
    }
    boolean write = !"GET".equals(context.getMethod()) && !"HEAD".equals(context.getMethod());
    long retryAfter = windows.take(clients.of(request), write);
    if (retryAfter > 0) {
      List<Locale> wanted = context.getAcceptableLanguages();
      Locale locale = Messages.supported(wanted.isEmpty() ? null : wanted.get(0));
      Response answer =
          ProblemJson.answer(
              locale,
              429,
              "too-many-requests",
              Messages.get(locale, "problem.too-many-requests.detail", retryAfter),
              List.of());
      context.abortWith(
          Response.fromResponse(answer).header("Retry-After", Long.toString(retryAfter)).build());
    }
  }

  private boolean zoneOnly() {
    Class<?> type = resource.getResourceClass();
    return type != null && type.isAnnotationPresent(ZoneOnly.class);
  }
}
