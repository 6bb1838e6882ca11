package cn.gov.zj.cloud.publicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

  @Test
  @DisplayName(
      "Art. 25, X-Forwarded-For from an untrusted address: ignored, the peer is the client")
  void forwardedForFromAnUntrustedPeer() {
    assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", PROXIES));
    assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", Set.of()));
  }

  @Test
  @DisplayName(
      "Art. 25, X-Forwarded-For through trusted proxies: the right-most address no proxy of ours added")
  void forwardedForFromATrustedProxy() {
    assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.1", "198.51.100.1", PROXIES));
    assertEquals(
        "198.51.100.1",
        ClientAddress.resolve("10.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", PROXIES),
        "a forged left-most entry is not believed");
    assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", " ", PROXIES));
    assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.1", "10.0.0.2", PROXIES));
  }

  @Test
  @DisplayName("Art. 25: the trusted proxies are a comma-separated setting, none by default")
  void setting() {
    assertEquals(Set.of(), ClientAddress.parse(" "));
    assertEquals(PROXIES, ClientAddress.parse("10.0.0.1, 10.0.0.2,"));
  }

  @Test
  @DisplayName("Art. 25: without ZJ_PUBLIC_FORM_KEY the portal starts only in demo mode")
  void formKeyFailsClosed() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> FormKey.bytes(" ", false));
    assertTrue(missing.getMessage().contains("ZJ_PUBLIC_FORM_KEY"));
    assertThrows(IllegalStateException.class, () -> FormKey.bytes("c2hvcnQ=", true));
    assertEquals(32, FormKey.bytes(null, true).length);
  }
}
