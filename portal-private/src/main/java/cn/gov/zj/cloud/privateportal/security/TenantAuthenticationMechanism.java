package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.hardening.ContentPolicy;
import cn.gov.zj.cloud.privateportal.rest.Problem;
import cn.gov.zj.cloud.privateportal.tenant.PathGuardFilter;
import cn.gov.zj.cloud.privateportal.tenant.TenantPath;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Chooses the realm per request from the path. REST calls must carry a bearer token of the path's
 * realm (else 401; the usage intake's service account is confined to the usage intake, else 403);
 * browser pages sign in through that realm's login page. A tenant named anywhere else is never
 * trusted. Unknown tenants, and paths that hide what they name, pass through untouched, for a 404
 * or 400 further on ({@link PathGuardFilter}).
 */
@ApplicationScoped
public class TenantAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(TenantAuthenticationMechanism.class.getName());

  @Inject private Tenants tenants;
  @Inject private TokenVerifier verifier;
  @Inject private BrowserSignIn browser;
  @Inject private ContentPolicy contentPolicy;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    contentPolicy.protect(request, response); // issue 10: its 401 and redirects reach no filter
    if (PathGuardFilter.refuses(request)) {
      return context.doNothing();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<TenantPath> tenantPath = TenantPath.parse(path);
    if (tenantPath.isEmpty()) {
      return context.doNothing();
    }
    Optional<Tenant> tenant = tenants.find(tenantPath.get().segment());
    if (tenant.isEmpty()) {
      return context.doNothing();
    }
    if (tenantPath.get().kind() == TenantPath.Kind.API) {
      return bearer(request, response, context, tenant.get());
    }
    return browser.validate(request, response, context, tenant.get(), tenantPath.get());
  }

  private AuthenticationStatus bearer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Tenant tenant) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return unauthorized(request, response);
    }
    try {
      JWTClaimsSet claims = verifier.claims(header.substring(7).strip(), tenant);
      if (UsageAccountScope.refuses(claims, request, tenant)) {
        return forbiddenToUsageAccount(request, response);
      }
      return signIn(request, context, TokenVerifier.actor(claims, tenant));
    } catch (InvalidToken e) {
      LOG.fine(() -> "bearer token refused on " + request.getRequestURI() + ": " + e.getMessage());
      return unauthorized(request, response);
    }
  }

  static AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Actor actor) {
    request.setAttribute(Actor.ATTRIBUTE, actor);
    Set<String> groups = actor.roles().stream().map(r -> r.realmRole()).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(
        new CredentialValidationResult(actor.username(), groups));
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return refuse(request, response, "unauthorized", 401, "problem.unauthorized.detail");
  }

  /** Art. 15: the usage intake's service account outside the usage intake. */
  private static AuthenticationStatus forbiddenToUsageAccount(
      HttpServletRequest request, HttpServletResponse response) {
    return refuse(request, response, "forbidden", 403, "problem.forbidden.usageAccount");
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      String type,
      int status,
      String detailKey) {
    var locale = cn.gov.zj.cloud.privateportal.web.Locales.of(request);
    var problem =
        Problem.of(type, status, Messages.get(locale, detailKey))
            .toJson(locale, request.getRequestURI());
    try {
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(problem.toString());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
