package cn.gov.zj.cloud.publicportal.hardening;

import cn.gov.zj.cloud.domain.security.ResponseHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Art. 23 (issue 10, headers): every response of the public portal, page, REST answer or error
 * page, carries {@link ResponseHeaders} and a strict policy: no inline script or style at all,
 * everything from the portal itself, forms post back to it only.
 */
@WebFilter(
    filterName = "security-headers",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  /** The public portal's Content-Security-Policy. */
  public static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ResponseHeaders.of(request.isSecure(), POLICY).forEach(response::setHeader);
    chain.doFilter(request, response);
  }
}
