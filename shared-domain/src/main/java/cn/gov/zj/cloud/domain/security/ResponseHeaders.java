package cn.gov.zj.cloud.domain.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 23, Art. 25 (issue 10, headers): what every response of both portals carries, page, REST
 * answer or error page alike. No referrer leaves a page (its address may carry a code), no content
 * is sniffed into another type, no page is framed, and over https the browser keeps to https.
 */
public final class ResponseHeaders {

  public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  /** One year, the usual minimum for preload lists. */
  static final String TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  private ResponseHeaders() {}

  /**
   * The headers of a response.
   *
   * @param secure whether the request came over https ({@code Strict-Transport-Security} then)
   * @param contentSecurityPolicy the portal's policy for this response
   */
  public static Map<String, String> of(boolean secure, String contentSecurityPolicy) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_SECURITY_POLICY, contentSecurityPolicy);
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    if (secure) {
      headers.put("Strict-Transport-Security", TRANSPORT_SECURITY);
    }
    return headers;
  }
}
