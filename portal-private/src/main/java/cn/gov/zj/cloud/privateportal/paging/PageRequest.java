package cn.gov.zj.cloud.privateportal.paging;

import cn.gov.zj.cloud.domain.validation.Numbers;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Locale;
import java.util.Set;

/**
 * One page of a list: zero-based page (at most {@link Numbers#MAX_PAGE}), size (1–100), a sort
 * field from the list's whitelist with its direction, and a free-text search without control
 * characters (Art. 25: crafted paging is a 400 naming the parameter, never a 500).
 */
public record PageRequest(int page, int size, String sortField, boolean descending, String search) {

  public static final int MAX_SIZE = Numbers.MAX_PAGE_SIZE;
  public static final int DEFAULT_SIZE = 20;

  /**
   * Parses {@code ?page=&size=&sort=&q=}: {@code sort} is {@code field}, {@code field,asc}, {@code
   * field,desc} or {@code -field}. Faults are named as {@code page}, {@code size}, {@code sort}.
   */
  public static PageRequest parse(
      String page,
      String size,
      String sort,
      String q,
      Set<String> sortable,
      String defaultSort,
      Violations violations) {
    int pageNumber = Numbers.page(page, violations);
    int pageSize = Numbers.size(size, DEFAULT_SIZE, MAX_SIZE, violations);
    String field = defaultSort;
    boolean descending = false;
    if (sort != null && !sort.isBlank()) {
      String spec = sort.strip();
      descending = spec.startsWith("-") || spec.toLowerCase(Locale.ROOT).endsWith(",desc");
      field = spec.replaceFirst("^-", "").replaceFirst("(?i),(asc|desc)$", "");
      if (!sortable.contains(field)) {
        violations.addOnce("sort", "validation.unknownValue", String.join(", ", sortable));
      }
    }
    String search = q == null || q.isBlank() ? null : q.strip();
    if (search != null && search.length() > 100) {
      violations.addOnce("q", "validation.tooLong", 100);
    } else if (Texts.hasControl(search, false)) {
      violations.addOnce("q", Texts.CONTROL);
      search = null;
    }
    return new PageRequest(pageNumber, pageSize, field, descending, search);
  }

  /** As {@link #parse}, refusing bad parameters at once (REST: 400 naming them). */
  public static PageRequest strict(
      String page, String size, String sort, String q, Set<String> sortable, String defaultSort) {
    Violations violations = new Violations();
    PageRequest request = parse(page, size, sort, q, sortable, defaultSort, violations);
    violations.throwIfAny();
    return request;
  }

  /** Where the page starts; {@link Numbers#MAX_PAGE} keeps it within an {@code int}. */
  public int offset() {
    return Math.multiplyExact(page, size);
  }

  /** The search as a case-insensitive LIKE pattern, wildcards in the input taken literally. */
  public String likePattern() {
    String escaped =
        search
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
