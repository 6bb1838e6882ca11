package cn.gov.zj.cloud.publicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static SecretBox box(String key) {
    return box(key, false);
  }

  private static SecretBox box(String key, boolean demo) {
    SecretBox box = new SecretBox();
    box.configured = key;
    box.demo = demo;
    box.init();
    return box;
  }

  @Test
  @DisplayName(
      "Art. 23: a contact is stored encrypted: not readable, different each time, opened only with the key")
  void sealsContacts() {
    SecretBox box = box(Base64.getEncoder().encodeToString(new byte[32]));
    byte[] first = box.seal("13812345678");
    byte[] second = box.seal("13812345678");
    assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("13812345678"));
    assertFalse(Arrays.equals(first, second), "a fresh nonce each time");
    assertEquals("13812345678", box.open(first));

    byte[] altered = first.clone();
    altered[altered.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> box.open(altered));
    SecretBox other =
        box(
            Base64.getEncoder()
                .encodeToString(
                    new byte[] {
                      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                      23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                    }));
    assertThrows(IllegalStateException.class, () -> other.open(first));
  }

  @Test
  @DisplayName("Art. 23: a configured key must be 32 bytes")
  void keyLength() {
    assertThrows(
        IllegalStateException.class, () -> box(Base64.getEncoder().encodeToString(new byte[16])));
  }

  @Test
  @DisplayName(
      "Art. 23, silent development secret: without ZJ_PUBLIC_CONTACT_KEY only demo mode uses the development key")
  void developmentKeyOnlyInDemoMode() {
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> box(" "));
    assertTrue(refused.getMessage().contains("ZJ_PUBLIC_CONTACT_KEY"), refused.getMessage());
    SecretBox demo = box(" ", true);
    assertEquals("13812345678", demo.open(demo.seal("13812345678")));
  }
}
