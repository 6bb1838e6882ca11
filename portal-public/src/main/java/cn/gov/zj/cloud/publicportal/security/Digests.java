package cn.gov.zj.cloud.publicportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: fingerprints of submissions and the stored form of one-time codes. */
public final class Digests {

  private Digests() {}

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One digest of several texts, kept apart so that no two lists give the same input. */
  public static String fingerprint(String... parts) {
    return sha256(String.join("\u0000", parts));
  }

  /** Compares two digests in constant time. */
  public static boolean same(String expected, String actual) {
    return expected != null
        && actual != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            actual.getBytes(StandardCharsets.US_ASCII));
  }
}
