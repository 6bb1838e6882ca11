package cn.gov.zj.cloud.domain.path;

import java.util.Locale;
import java.util.Optional;

/**
 * Art. 24, Art. 5: the ways a request path can hide what it names from a string comparison while
 * the router still finds a resource. Both zones refuse a raw path (as sent, before decoding) that
 * carries any of them, before authentication decides on a tenant and before routing, so that the
 * path every later check reads is the path the router matches.
 */
public enum PathTrick {
  /** {@code ;x=1}: the container and JAX-RS drop it while routing. */
  MATRIX_PARAMETER,
  /**
   * {@code %2F}, {@code %3B}, {@code %5C}, {@code %2E}, {@code %25}: a separator or a second
   * decoding.
   */
  ENCODED_SEPARATOR,
  /** {@code %00}…{@code %1F}, {@code %7F}: a control character inside the path. */
  ENCODED_CONTROL,
  /** {@code a//b}: an empty segment that normalisation folds away. */
  EMPTY_SEGMENT,
  /** {@code /./} or {@code /../}: a segment that normalisation resolves. */
  DOT_SEGMENT,
  /** {@code \}: a separator on some servers, a character on others. */
  BACKSLASH;

  private static final String[] SEPARATORS = {"2f", "3b", "5c", "2e", "25"};

  /** The first trick in a raw, context-relative or absolute request path; empty for a clean one. */
  public static Optional<PathTrick> in(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return Optional.empty();
    }
    if (rawPath.indexOf(';') >= 0) {
      return Optional.of(MATRIX_PARAMETER);
    }
    if (rawPath.indexOf('\\') >= 0) {
      return Optional.of(BACKSLASH);
    }
    Optional<PathTrick> escape = escapes(rawPath.toLowerCase(Locale.ROOT));
    return escape.isPresent() ? escape : segments(rawPath);
  }

  private static Optional<PathTrick> escapes(String path) {
    for (int at = path.indexOf('%'); at >= 0; at = path.indexOf('%', at + 1)) {
      if (at + 3 > path.length()) {
        return Optional.of(ENCODED_SEPARATOR);
      }
      String code = path.substring(at + 1, at + 3);
      for (String separator : SEPARATORS) {
        if (separator.equals(code)) {
          return Optional.of(ENCODED_SEPARATOR);
        }
      }
      if (code.charAt(0) == '0' || code.charAt(0) == '1' || code.equals("7f")) {
        return Optional.of(ENCODED_CONTROL);
      }
    }
    return Optional.empty();
  }

  private static Optional<PathTrick> segments(String path) {
    String[] parts = path.split("/", -1);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals(".") || part.equals("..")) {
        return Optional.of(DOT_SEGMENT);
      }
      if (part.isEmpty() && i < parts.length - 1) {
        return Optional.of(EMPTY_SEGMENT);
      }
    }
    return Optional.empty();
  }
}
