package cn.gov.zj.cloud.domain.interconnect;

import cn.gov.zj.cloud.domain.security.RequiredSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Art. 24: the key of one direction of the interconnection (submissions, or publications), 32
 * random bytes in Base64 from the configuration; messages carry its HMAC-SHA256. A zone holds the
 * key of its own direction to sign and the other direction's to check. Each zone is the only reader
 * of the other's messages, so a shared key per direction protects as much as a key pair would
 * (altered in transit or at rest: refused), at a few microseconds instead of Ed25519's 0.6 ms per
 * message on this JDK, which a backlog of 100,000 messages would feel.
 */
public final class ZoneKey {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int BYTES = 32;

  private final SecretKeySpec secret;

  private ZoneKey(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalStateException("a zone key is " + BYTES + " bytes in Base64");
    }
    this.secret = new SecretKeySpec(bytes, ALGORITHM);
  }

  /** A new random key, in Base64. */
  public static String generate() {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The key of its Base64 form; IllegalStateException for anything else. */
  public static ZoneKey of(String base64) {
    try {
      return new ZoneKey(Base64.getDecoder().decode(base64.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("not a zone key in Base64", e);
    }
  }

  /**
   * The configured key of variable {@code name}. Without one, only in demo mode ({@code
   * ZJ_DEMO=true}): a key of this process alone and a warning, and the other zone then refuses
   * every message, which its channel page shows.
   *
   * @throws IllegalStateException outside demo mode without a key, naming the variable
   */
  public static ZoneKey configured(String value, String name, boolean demo) {
    if (value != null && !value.isBlank()) {
      return of(value);
    }
    if (!demo) {
      throw new IllegalStateException(RequiredSecrets.refusal(List.of(name)));
    }
    Logger.getLogger(ZoneKey.class.getName())
        .warning(name + " is not set: the interconnection's messages will be refused");
    return of(generate());
  }

  /** The MAC of {@code text}, in Base64. */
  public String sign(String text) {
    return Base64.getEncoder().encodeToString(mac(text));
  }

  /**
   * Whether {@code base64Signature} is this key's MAC of {@code text}; compared in constant time.
   */
  public boolean verifies(String text, String base64Signature) {
    try {
      return MessageDigest.isEqual(mac(text), Base64.getDecoder().decode(base64Signature));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "ZoneKey[…]";
  }
}
