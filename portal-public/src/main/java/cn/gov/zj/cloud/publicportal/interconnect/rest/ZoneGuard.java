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
 * Art. 24: every call that reaches a {@link ZoneOnly} resource carries the private zone's
 * service-account token, or is answered 401 and logged. Bound by name to the resources after
 * routing, so no spelling of the path (matrix parameters, encodings, dot segments) can pass by it.
 */
@ZoneOnly
@Priority(Priorities.AUTHENTICATION)
public class ZoneGuard implements ContainerRequestFilter {

  @Inject private ZoneToken token;

  @Override
  public void filter(ContainerRequestContext context) {
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
