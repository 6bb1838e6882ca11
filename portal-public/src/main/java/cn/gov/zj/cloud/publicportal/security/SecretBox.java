package cn.gov.zj.cloud.publicportal.security;

import cn.gov.zj.cloud.domain.security.RequiredSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 23: personal data at rest (a submitter's contact, a query code) encrypted with AES-256-GCM:
 * a fresh 12-byte nonce per value, stored before the ciphertext; a value altered at rest fails to
 * open. The key is {@code ZJ_PUBLIC_CONTACT_KEY} (32 bytes, Base64); without it the portal does not
 * start, except in demo mode ({@code ZJ_DEMO=true}), where a development key is used and a warning
 * logged.
 */
@ApplicationScoped
public class SecretBox {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final String DEVELOPMENT_SEED = "zjzwy development contact key";

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_CONTACT_KEY", defaultValue = " ")
  String configured;

  @Inject
  @ConfigProperty(name = RequiredSecrets.DEMO_VARIABLE, defaultValue = "false")
  boolean demo;

  private final SecureRandom random = new SecureRandom();
  private SecretKey key;

  @PostConstruct
  void init() {
    key = new SecretKeySpec(keyBytes(), "AES");
  }

  public byte[] seal(String text) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  public String open(byte[] box) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, 0, NONCE));
      return new String(cipher.doFinal(box, NONCE, box.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed value does not open: altered or another key", e);
    }
  }

  private byte[] keyBytes() {
    if (configured != null && !configured.isBlank()) {
      byte[] bytes = Base64.getDecoder().decode(configured.strip());
      if (bytes.length != 32) {
        throw new IllegalStateException("ZJ_PUBLIC_CONTACT_KEY must be 32 bytes in Base64");
      }
      return bytes;
    }
    if (!demo) {
      throw new IllegalStateException(RequiredSecrets.refusal(List.of("ZJ_PUBLIC_CONTACT_KEY")));
    }
    Logger.getLogger(SecretBox.class.getName())
        .warning("demo mode: ZJ_PUBLIC_CONTACT_KEY is not set, using the development key");
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(DEVELOPMENT_SEED.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
