package cn.gov.zj.cloud.privateportal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Art. 25: the session cookie is {@code HttpOnly}, {@code SameSite=Lax} (a cross-site post carries
 * no session; Payara takes it from {@code glassfish-web.xml}) and {@code Secure} always when {@link
 * PortalSettings#secureCookies()} says so, else whenever the request came over https; an ended
 * session leaves the index of signed-in sessions.
 */
@WebListener
public class SessionListener implements ServletContextListener, HttpSessionListener {

  @Inject private PortalSettings settings;
  @Inject private SignedInSessions signedIn;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    if (settings.secureCookies()) {
      cookie.setSecure(true);
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    signedIn.forget(event.getSession().getId());
  }
}
