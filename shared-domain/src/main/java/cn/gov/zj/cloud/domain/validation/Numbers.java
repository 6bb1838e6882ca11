package cn.gov.zj.cloud.domain.validation;

/**
 * Whole numbers given as text (query parameters, form fields): parsed, bounded, named when wrong.
 * Art. 25 (hostile input): a page number is bounded by {@link #MAX_PAGE}, so that no offset of a
 * page of at most {@link #MAX_PAGE_SIZE} rows overflows an {@code int} ({@code page=2147483647}
 * once ended in a 500).
 */
public final class Numbers {

  /** The highest page number any list accepts (zero-based). */
  public static final int MAX_PAGE = 1_000_000;

  /** The largest page any list serves. */
  public static final int MAX_PAGE_SIZE = 100;

  private Numbers() {}

  /**
   * The number in {@code text}, {@code fallback} when absent or blank; a violation on {@code field}
   * when it is no whole number ({@code fallback} then) or outside {@code min}–{@code max}.
   */
  public static int whole(
      String field, String text, int fallback, int min, int max, Violations violations) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min || value > max) {
        violations.addOnce(field, "validation.outOfRange", min, max);
        return fallback;
      }
      return value;
    } catch (NumberFormatException e) {
      violations.addOnce(field, "validation.notANumber");
      return fallback;
    }
  }

  /** A zero-based page number named {@code page}, 0 when absent. */
  public static int page(String text, Violations violations) {
    return whole("page", text, 0, 0, MAX_PAGE, violations);
  }

  /** A page size named {@code size}, from 1 to {@code max}, {@code fallback} when absent. */
  public static int size(String text, int fallback, int max, Violations violations) {
    return whole("size", text, fallback, 1, Math.min(max, MAX_PAGE_SIZE), violations);
  }
}
