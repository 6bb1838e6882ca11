package cn.gov.zj.cloud.privateportal.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, a field in double quotes may hold commas, line
 * breaks and doubled quotes. Blank records are dropped; each row keeps its record number.
 */
final class CsvRows {

  private final String text;
  private int at;

  private CsvRows(String text) {
    this.text = text;
  }

  /** At most {@code limit} non-blank records (the caller names a longer file as too long). */
  static List<SheetReader.Row> parse(String text, int limit) {
    CsvRows reader = new CsvRows(text);
    List<SheetReader.Row> rows = new ArrayList<>();
    for (int number = 1; reader.at < text.length() && rows.size() < limit; number++) {
      SheetReader.Row row = new SheetReader.Row(number, reader.record());
      if (!row.isBlank()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private List<String> record() {
    List<String> cells = new ArrayList<>();
    while (true) {
      String field = field();
      if (cells.size() < SheetReader.MAX_COLUMNS) {
        cells.add(field == null || field.isBlank() ? null : field.strip());
      }
      if (at >= text.length()) {
        return cells;
      }
      char separator = text.charAt(at++);
      if (separator == '\r' && at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
      if (separator != ',') {
        return cells;
      }
    }
  }

  /**
   * One field, leaving {@code at} on the separator after it (or at the end): an unquoted one cut
   * out whole, a quoted one read character by character.
   */
  private String field() {
    if (at >= text.length() || text.charAt(at) != '"') {
      int start = at;
      while (at < text.length() && !isSeparator(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at);
    }
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c != '"') {
        value.append(c);
      } else if (at < text.length() && text.charAt(at) == '"') {
        value.append('"');
        at++;
      } else {
        break;
      }
    }
    while (at < text.length() && !isSeparator(text.charAt(at))) {
      value.append(text.charAt(at++));
    }
    return value.toString();
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '\n' || c == '\r';
  }
}
