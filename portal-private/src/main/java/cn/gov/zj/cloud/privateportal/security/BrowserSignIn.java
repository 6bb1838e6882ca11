package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.tenant.TenantPath;
import cn.gov.zj.cloud.privateportal.web.guard.OutagePages;
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
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Browser pages of a tenant: a session signed in to that tenant's realm passes; any other is sent
 * to the realm's login page (a session of another tenant does not pass). Handles the code callback
 * and the sign-out, which ends the Keycloak session too.
 *
 * <p>Art. 25: a signed-in session follows its Keycloak session. Each page request refreshes an
 * access token that is about to expire (the roles come from the new token); when Keycloak refuses
 * the refresh the portal session ends and the browser signs in again; after the absolute lifetime
 * ({@code ZJ_SESSION_MAX_HOURS}) the Keycloak session is ended too. An anonymous request creates a
 * session only to hold its pending sign-in, kept briefly and bounded by {@link PendingLogins}.
 */
@ApplicationScoped
public class BrowserSignIn {

  static final String CALLBACK = "/oidc-callback";
  static final String LOGOUT = "/logout";

  /** Art. 25: how long a session that holds only pending sign-ins waits for their callback. */
  static final int PENDING_SECONDS = 15 * 60;

  private static final Logger LOG = Logger.getLogger(BrowserSignIn.class.getName());

  @Inject private OidcClient oidc;
  @Inject private PortalSettings settings;
  @Inject private SignedInSessions signedIn;
  @Inject private Clock clock;
  @Inject private IdentityService identity;

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
    if (login == null) {
      return redirectToLogin(request, response, tenant);
    }
    Instant now = clock.instant();
    if (login.outlived(now, settings.sessionLifetime())) {
      LOG.info(() -> "session of " + login.actor().username() + " reached its lifetime");
      endSession(request);
      return redirect(request, response, oidc.logoutUri(tenant.id().value(), login.idToken()));
    }
    if (!login.refreshDue(now)) {
      return TenantAuthenticationMechanism.signIn(request, context, login.actor());
    }
    return refreshed(request, response, context, tenant, login);
  }

  private AuthenticationStatus refreshed(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Tenant tenant,
      BrowserLogin login) {
    try {
      BrowserLogin fresh = oidc.refresh(login, tenant);
      request.getSession().setAttribute(BrowserLogin.ATTRIBUTE, fresh);
      return TenantAuthenticationMechanism.signIn(request, context, fresh.actor());
    } catch (InvalidToken e) {
      LOG.info(() -> "session of " + login.actor().username() + " ended: " + e.getMessage());
      endSession(request);
      return redirectToLogin(request, response, tenant);
    } catch (IdentityUnavailable e) {
      // issue 15: Keycloak down is no refusal; the session goes on and refreshes once it is back
      LOG.warning(() -> "session of " + login.actor().username() + " kept: " + e.getMessage());
      return TenantAuthenticationMechanism.signIn(request, context, login.actor());
    }
  }

  private static void endSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        LOG.fine("session had ended already");
      }
    }
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
    if (!identity.reachable(tenant.id().value())) {
      return identityUnavailable(request, response);
    }
    String returnTo = request.getRequestURI();
    if (!"GET".equals(request.getMethod())) {
      returnTo = request.getContextPath() + "/t/" + tenant.id() + "/";
    } else if (request.getQueryString() != null) {
      returnTo += "?" + request.getQueryString();
    }
    PendingLogin pending = oidc.begin(tenant, returnTo);
    HttpSession session = request.getSession(true);
    if (session.isNew()) {
      session.setMaxInactiveInterval(PENDING_SECONDS);
    }
    PendingLogins pendings = pendingLogins(session);
    pendings.add(pending);
    session.setAttribute(PendingLogins.ATTRIBUTE, pendings);
    return redirect(request, response, oidc.authorizationUri(pending));
  }

  /**
   * Issue 15: Keycloak does not answer, so the browser is not sent to sign in there: 503 with the
   * portal's own page in the visitor's language, and a hint when to try again.
   */
  private static AuthenticationStatus identityUnavailable(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      OutagePages.answer(request, response, "outage.identity");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static PendingLogins pendingLogins(HttpSession session) {
    return session.getAttribute(PendingLogins.ATTRIBUTE) instanceof PendingLogins pendings
        ? pendings
        : new PendingLogins();
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
        session == null || state == null ? null : pendingLogins(session).take(state).orElse(null);
    if (pending == null || code == null || !pending.tenant().equals(tenant.id().value())) {
      LOG.info(() -> "sign-in callback without a matching request for " + tenant.id());
      return redirectToLogin(request, response, tenant);
    }
    session.setAttribute(PendingLogins.ATTRIBUTE, pendingLogins(session));
    try {
      BrowserLogin login = oidc.complete(pending, tenant, code);
      request.changeSessionId();
      HttpSession signedInSession = request.getSession();
      signedInSession.removeAttribute(PendingLogins.ATTRIBUTE);
      signedInSession.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
      signedInSession.setAttribute(BrowserLogin.ATTRIBUTE, login);
      signedIn.add(signedInSession, login);
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
