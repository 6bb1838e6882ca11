package cn.gov.zj.cloud.privateportal.hardening;

import cn.gov.zj.cloud.domain.security.ResponseHeaders;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Art. 25 (issue 10, injected script): the private portal's Content-Security-Policy. Scripts only
 * from the portal itself, and on Faces pages the inline scripts PrimeFaces marks with the request's
 * nonce ({@code primefaces.CSP}, which appends {@code 'nonce-…'} to {@link #getFaces()}); forms
 * post only to the portal and to Keycloak (sign-in, sign-out). PrimeFaces sets inline style
 * attributes, so styles may be inline; nothing else may.
 */
@Named
@ApplicationScoped
public class ContentPolicy {

  private static final String COMMON =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; ";

  @Inject PortalSettings settings;

  /** Every response that is not a Faces page: REST answers, static and error pages. */
  public String getStatic() {
    return COMMON + "form-action 'self'; script-src 'self'";
  }

  /**
   * Sets the headers of every response ({@link ResponseHeaders}) with the static policy: called by
   * {@link SecurityHeaders} and, since an answer of the authentication mechanism (401, the redirect
   * to Keycloak) never reaches a filter, by the mechanism first.
   */
  public void protect(HttpServletRequest request, HttpServletResponse response) {
    ResponseHeaders.of(request.isSecure(), getStatic()).forEach(response::setHeader);
  }

  /** A Faces page; PrimeFaces appends the nonce to its last directive, script-src. */
  public String getFaces() {
    return COMMON + "form-action 'self' " + settings.keycloakUrl() + "; script-src 'self'";
  }
}
