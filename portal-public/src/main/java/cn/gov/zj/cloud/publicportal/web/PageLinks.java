package cn.gov.zj.cloud.publicportal.web;

/**
 * Art. 23: where a list shown a page at a time by links stands: the page (from 1), how many items
 * there are, and how many a page holds.
 */
public record PageLinks(int page, long total, int size) {

  /** A page number from 1; anything else is the first page. */
  public static int number(String text) {
    try {
      return Math.max(1, Integer.parseInt(text == null ? "1" : text.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** How many pages the items fill; at least one. */
  public long pages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean first() {
    return page <= 1;
  }

  public boolean last() {
    return page >= pages();
  }
}
