package cn.gov.zj.cloud.publicportal.interconnect.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.publicportal.interconnect.ZoneToken;
import cn.gov.zj.cloud.publicportal.rest.ProblemJson;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * Art. 24: every call of {@code /api/v1/interconnect/…} carries the private zone's service-account
 * token, or is answered 401 and logged.
 */
@Priority(Priorities.AUTHENTICATION)
public class ZoneGuard implements ContainerRequestFilter {

  /** The path of the interconnection under the API's root. */
  public static final String PATH = "interconnect";

  @Inject private ZoneToken token;

  /** True for a path (relative to the API's root) of the interconnection. */
  public static boolean covers(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.equals(PATH) || relative.startsWith(PATH + "/");
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (!covers(context.getUriInfo().getPath())) {
      return;
    }
    if (!token.accepts(context.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      List<Locale> wanted = context.getAcceptableLanguages();
      Locale locale = Messages.supported(wanted.isEmpty() ? null : wanted.get(0));
      context.abortWith(
          ProblemJson.answer(
              locale,
              401,
              "unauthorized",
              Messages.get(locale, "problem.unauthorized.zone"),
              List.of()));
    }
  }
}
