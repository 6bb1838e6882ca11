package cn.gov.zj.cloud.privateportal.hardening;

import cn.gov.zj.cloud.domain.security.ResponseHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Art. 25 (issue 10, headers): every response of the private portal, page, REST answer or error
 * page, carries {@link ResponseHeaders} with the {@link ContentPolicy}. On a Faces page the policy
 * that PrimeFaces adds with the request's nonce replaces the static one instead of joining it.
 */
@WebFilter(
    filterName = "security-headers",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  @Inject ContentPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    policy.protect(request, response);
    chain.doFilter(request, new NoncePolicyWins(response));
  }

  /** Two policies would both hold, and the static one forbids PrimeFaces' nonce scripts. */
  static final class NoncePolicyWins extends HttpServletResponseWrapper {

    NoncePolicyWins(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (ResponseHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
