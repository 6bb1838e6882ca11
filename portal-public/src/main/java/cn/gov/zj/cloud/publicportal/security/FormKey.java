package cn.gov.zj.cloud.publicportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 25: the installation's key that signs the public forms' tokens ({@code ZJ_PUBLIC_FORM_KEY},
 * at least 32 bytes in Base64). Without it the portal refuses to start, naming the variable; only
 * in demo mode ({@code ZJ_DEMO=true}) does it make a random key for this run instead (forms open
 * before a restart then have to be reloaded). Read once, at start.
 */
@ApplicationScoped
public class FormKey {

  static final String VARIABLE = "ZJ_PUBLIC_FORM_KEY";
  private static final String ALGORITHM = "HmacSHA256";

  @Inject
  @ConfigProperty(name = VARIABLE, defaultValue = " ")
  String configured;

  @Inject
  @ConfigProperty(name = "ZJ_DEMO", defaultValue = "false")
  boolean demo;

  private SecretKeySpec key;

  /** Loads the key when the application starts, so that a missing key stops the start. */
  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    key();
  }

  /** HMAC-SHA256 of {@code text} under the installation's key. */
  public byte[] sign(byte[] text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key());
      return mac.doFinal(text);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a form token", e);
    }
  }

  private synchronized SecretKeySpec key() {
    if (key == null) {
      key = new SecretKeySpec(bytes(configured, demo), ALGORITHM);
    }
    return key;
  }

  /** The configured key; in demo mode a random one when none is configured. */
  static byte[] bytes(String configured, boolean demo) {
    if (configured != null && !configured.isBlank()) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(configured.strip());
      } catch (IllegalArgumentException e) {
        bytes = new byte[0];
      }
      if (bytes.length < 32) {
        throw new IllegalStateException(VARIABLE + " must be at least 32 bytes in Base64");
      }
      return bytes;
    }
    if (!demo) {
      throw new IllegalStateException(
          VARIABLE + " is not set: the public forms' key is required outside demo mode");
    }
    Logger.getLogger(FormKey.class.getName())
        .warning(VARIABLE + " is not set: demo mode, a random key for this run signs the forms");
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return random;
  }
}
