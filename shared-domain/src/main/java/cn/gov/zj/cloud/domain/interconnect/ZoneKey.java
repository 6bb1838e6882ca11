package cn.gov.zj.cloud.domain.interconnect;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Art. 24: the Ed25519 keys each zone signs its messages with. A zone holds its own private key and
 * the other zone's public key, both as Base64 (PKCS#8 and X.509), from its configuration.
 */
public final class ZoneKey {

  private static final String ALGORITHM = "Ed25519";

  private ZoneKey() {}

  /** A new key pair: {@code [private (PKCS#8), public (X.509)]} in Base64. */
  public static String[] generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      return new String[] {
        base64.encodeToString(pair.getPrivate().getEncoded()),
        base64.encodeToString(pair.getPublic().getEncoded())
      };
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static PrivateKey privateKey(String base64) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("not an Ed25519 private key", e);
    }
  }

  public static PublicKey publicKey(String base64) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("not an Ed25519 public key", e);
    }
  }

  public static String sign(PrivateKey key, String text) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean verify(PublicKey key, String text, String base64Signature) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return signature.verify(Base64.getDecoder().decode(base64Signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
