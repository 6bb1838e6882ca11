package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.tenant.TenantPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * Browser pages of a tenant: a session signed in to that tenant's realm passes; any other is sent
 * to the realm's login page (a session of another tenant does not pass). Handles the code callback
 * and the sign-out, which ends the Keycloak session too.
 */
@ApplicationScoped
public class BrowserSignIn {

  static final String CALLBACK = "/oidc-callback";
  static final String LOGOUT = "/logout";

  private static final Logger LOG = Logger.getLogger(BrowserSignIn.class.getName());

  @Inject private OidcClient oidc;

  AuthenticationStatus validate(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Tenant tenant,
      TenantPath path) {
    if (CALLBACK.equals(path.rest())) {
      return callback(request, response, context, tenant);
    }
    if (LOGOUT.equals(path.rest())) {
      return logout(request, response, context, tenant);
    }
    BrowserLogin login = currentLogin(request, tenant);
    if (login != null) {
      return TenantAuthenticationMechanism.signIn(request, context, login.actor());
    }
    return redirectToLogin(request, response, tenant);
  }

  private static BrowserLogin currentLogin(HttpServletRequest request, Tenant tenant) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(BrowserLogin.ATTRIBUTE) instanceof BrowserLogin login)) {
      return null;
    }
    return login.actor().tenant().id().equals(tenant.id()) ? login : null;
  }

  private AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, Tenant tenant) {
    String returnTo = request.getRequestURI();
    if (!"GET".equals(request.getMethod())) {
      returnTo = request.getContextPath() + "/t/" + tenant.id() + "/";
    } else if (request.getQueryString() != null) {
      returnTo += "?" + request.getQueryString();
    }
    PendingLogin pending = oidc.begin(tenant, returnTo);
    request.getSession(true).setAttribute(PendingLogin.attribute(pending.state()), pending);
    return redirect(request, response, oidc.authorizationUri(pending));
  }

  private AuthenticationStatus callback(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Tenant tenant) {
    HttpSession session = request.getSession(false);
    String state = request.getParameter("state");
    String code = request.getParameter("code");
    PendingLogin pending =
        session == null || state == null
            ? null
            : (PendingLogin) session.getAttribute(PendingLogin.attribute(state));
    if (pending == null || code == null || !pending.tenant().equals(tenant.id().value())) {
      LOG.info(() -> "sign-in callback without a matching request for " + tenant.id());
      return redirectToLogin(request, response, tenant);
    }
    session.removeAttribute(PendingLogin.attribute(state));
    try {
      BrowserLogin login = oidc.complete(pending, tenant, code);
      request.changeSessionId();
      request.getSession().setAttribute(BrowserLogin.ATTRIBUTE, login);
      return redirect(request, response, URI.create(pending.returnTo()));
    } catch (InvalidToken e) {
      LOG.warning(() -> "sign-in to " + tenant.id() + " failed: " + e.getMessage());
      return context.responseUnauthorized();
    }
  }

  private AuthenticationStatus logout(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Tenant tenant) {
    HttpSession session = request.getSession(false);
    BrowserLogin login = currentLogin(request, tenant);
    if (session != null) {
      session.invalidate();
    }
    if (login == null) {
      return redirect(
          request, response, URI.create(request.getContextPath() + "/t/" + tenant.id() + "/"));
    }
    return redirect(request, response, oidc.logoutUri(tenant.id().value(), login.idToken()));
  }

  /** A plain redirect, or for a Faces AJAX request the partial response that makes one. */
  private static AuthenticationStatus redirect(
      HttpServletRequest request, HttpServletResponse response, URI target) {
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.toString().replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"/></partial-response>");
      } else {
        response.sendRedirect(target.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
