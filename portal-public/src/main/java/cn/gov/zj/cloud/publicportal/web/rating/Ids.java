package cn.gov.zj.cloud.publicportal.web.rating;

import java.util.Optional;
import java.util.UUID;

/** Ids as links and forms carry them; anything malformed is no id at all. */
final class Ids {

  private Ids() {}

  /** A positive whole number, or null. */
  static Long number(String text) {
    try {
      long value = Long.parseLong(text);
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Optional<UUID> uuid(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
