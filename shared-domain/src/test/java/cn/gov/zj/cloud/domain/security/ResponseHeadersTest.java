package cn.gov.zj.cloud.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

  @Test
  @DisplayName("Referrer leak, MIME sniffing, clickjacking: every response refuses them")
  void everyResponse() {
    Map<String, String> headers = ResponseHeaders.of(false, "default-src 'self'");
    assertEquals("default-src 'self'", headers.get("Content-Security-Policy"));
    assertEquals("no-referrer", headers.get("Referrer-Policy"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("DENY", headers.get("X-Frame-Options"));
    assertFalse(headers.containsKey("Strict-Transport-Security"), "not over plain http");
  }

  @Test
  @DisplayName("SSL stripping: over https the browser is told to keep to https")
  void transportSecurityOverHttps() {
    String hsts = ResponseHeaders.of(true, "default-src 'self'").get("Strict-Transport-Security");
    assertTrue(hsts.startsWith("max-age=31536000"), hsts);
  }
}
