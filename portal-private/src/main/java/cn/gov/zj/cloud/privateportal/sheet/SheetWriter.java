package cn.gov.zj.cloud.privateportal.sheet;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as one XLSX sheet: a bold header row, then a row per item. Numbers stay numbers;
 * instants are written as {@code yyyy-MM-dd HH:mm} in Beijing time; an empty {@link Optional} as an
 * empty cell; everything else as text (never as a formula, so a name beginning with {@code =} stays
 * a name).
 */
public final class SheetWriter {

  /** The media type of an XLSX file. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** At most this many rows go into one export. */
  public static final int MAX_ROWS = 10_000;

  /** One column: its header and how to read its value from an item (null for an empty cell). */
  public record Column<T>(String header, Function<T, ?> value) {}

  private SheetWriter() {}

  /** One sheet of a workbook: its name, its columns and its items. */
  public record Tab<T>(String name, List<Column<T>> columns, Iterable<T> items) {}

  /** The sheet's bytes. */
  public static <T> byte[] write(String sheetName, List<Column<T>> columns, Iterable<T> items) {
    return write(List.of(new Tab<>(sheetName, columns, items)));
  }

  /** The bytes of a workbook of several sheets, in this order. */
  public static byte[] write(List<Tab<?>> tabs) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = bold(book);
      for (Tab<?> tab : tabs) {
        fill(book.createSheet(tab.name()), tab, bold);
      }
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void fill(Sheet sheet, Tab<T> tab, CellStyle bold) {
    header(sheet, tab.columns(), bold);
    int index = 1;
    for (T item : tab.items()) {
      Row row = sheet.createRow(index++);
      for (int c = 0; c < tab.columns().size(); c++) {
        cell(row, c, tab.columns().get(c).value().apply(item));
      }
    }
  }

  /**
   * Every item of a paged listing, page after page, at most {@link #MAX_ROWS}, sorted by {@code
   * sort} ({@code -field}: descending) and searched for {@code search} (null: everything).
   */
  public static <T> List<T> all(Function<PageRequest, Page<T>> source, String sort, String search) {
    boolean descending = sort.startsWith("-");
    String field = descending ? sort.substring(1) : sort;
    List<T> items = new ArrayList<>();
    for (int page = 0; items.size() < MAX_ROWS; page++) {
      Page<T> next =
          source.apply(new PageRequest(page, PageRequest.MAX_SIZE, field, descending, search));
      items.addAll(next.items());
      if (next.items().size() < PageRequest.MAX_SIZE || items.size() >= next.total()) {
        break;
      }
    }
    return items.size() > MAX_ROWS ? items.subList(0, MAX_ROWS) : items;
  }

  private static <T> void header(Sheet sheet, List<Column<T>> columns, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      String header = columns.get(c).header();
      row.createCell(c).setCellValue(header);
      row.getCell(c).setCellStyle(style);
      // wide enough for the header and common values, without font metrics on a headless server
      sheet.setColumnWidth(c, Math.min(60, Math.max(14, header.length() * 2 + 4)) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static CellStyle bold(SXSSFWorkbook book) {
    Font font = book.createFont();
    font.setBold(true);
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static void cell(Row row, int column, Object given) {
    Object value = given instanceof Optional<?> optional ? optional.orElse(null) : given;
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      row.createCell(column).setCellValue(number.doubleValue());
    } else if (value instanceof Instant instant) {
      row.createCell(column).setCellValue(BeijingTime.minutes(instant));
    } else {
      row.createCell(column).setCellValue(value.toString());
    }
  }
}
