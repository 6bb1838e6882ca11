package cn.gov.zj.cloud.domain.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 23: the secret of a rating invitation's one-time link: 32 random bytes, Base64url without
 * padding. The private zone sends it to the unit and publishes only its {@link #hash()}; the public
 * zone finds the invitation by that hash.
 */
public record InvitationToken(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

  public InvitationToken {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not an invitation token");
    }
  }

  public static InvitationToken next(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token as typed or linked; empty when it cannot be one. */
  public static Optional<InvitationToken> parse(String text) {
    return text != null && FORM.matcher(text.strip()).matches()
        ? Optional.of(new InvitationToken(text.strip()))
        : Optional.empty();
  }

  /** SHA-256 of the token, in lower-case hex: what the public zone stores. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "InvitationToken[…]";
  }
}
