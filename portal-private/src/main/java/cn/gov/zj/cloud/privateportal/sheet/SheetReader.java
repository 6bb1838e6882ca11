package cn.gov.zj.cloud.privateportal.sheet;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded XLSX file, or a CSV file in UTF-8, into rows of text. A file
 * that is too large, has too many rows, cannot be read, or inflates past POI's zip-bomb limits is
 * bad input named {@code file}, never a failure.
 */
public final class SheetReader {

  /** At most this many bytes are read of an upload. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** At most this many data rows in one file. */
  public static final int MAX_ROWS = 5_000;

  /** At most this many columns are read of a row. */
  public static final int MAX_COLUMNS = 32;

  private static final String FIELD = "file";

  /** At most this many bytes past the limit are read and dropped. */
  private static final int DRAIN_BYTES = 8 * 1024 * 1024;

  static {
    // a part of the zip may inflate at most 100 times and to at most 20 MB (POI: zip bombs)
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
  }

  /** One row of the file: its number as a spreadsheet shows it (1 = the header) and its cells. */
  public record Row(int number, List<String> cells) {

    public Row {
      cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The stripped text of column {@code index} (0 = A), null when empty or absent. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }

    boolean isBlank() {
      return cells.stream().allMatch(text -> text == null);
    }
  }

  private SheetReader() {}

  /** The bytes of an upload, at most {@link #MAX_BYTES}; more is named as too large. */
  public static byte[] bytes(InputStream in, Violations violations) {
    try {
      byte[] content = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        // read on a little, so that the client hears the answer instead of a reset connection
        drain(in);
        violations.addOnce(FIELD, "registry.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        return null;
      }
      return content;
    } catch (IOException e) {
      violations.addOnce(FIELD, "registry.import.file.unreadable");
      return null;
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long drained = 0;
    for (int n = in.read(buffer); n > 0 && drained < DRAIN_BYTES; n = in.read(buffer)) {
      drained += n;
    }
  }

  /**
   * The non-blank rows, header first; an empty list with the fault named {@code file} when the file
   * cannot be read or breaks a limit.
   */
  public static List<Row> read(byte[] content, Violations violations) {
    if (content == null || content.length == 0) {
      violations.addOnce(FIELD, "registry.import.file.empty");
      return List.of();
    }
    List<Row> rows = isZip(content) ? xlsx(content, violations) : csv(content, violations);
    if (violations.has(FIELD)) {
      return List.of();
    }
    if (rows.size() > MAX_ROWS + 1) {
      violations.addOnce(FIELD, "registry.import.file.tooManyRows", MAX_ROWS);
      return List.of();
    }
    if (rows.size() < 2) {
      violations.addOnce(FIELD, "registry.import.file.empty");
      return List.of();
    }
    return rows;
  }

  private static boolean isZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K';
  }

  private static List<Row> xlsx(byte[] content, Violations violations) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = book.getSheetAt(0);
      if (sheet.getLastRowNum() > MAX_ROWS + 1) {
        violations.addOnce(FIELD, "registry.import.file.tooManyRows", MAX_ROWS);
        return List.of();
      }
      return rows(sheet);
    } catch (IOException | RuntimeException e) {
      // POI answers a broken, encrypted or inflating file with any of its exceptions
      violations.addOnce(FIELD, "registry.import.file.unreadable");
      return List.of();
    }
  }

  private static List<Row> rows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    List<Row> rows = new ArrayList<>();
    for (org.apache.poi.ss.usermodel.Row source : sheet) {
      List<String> cells = new ArrayList<>();
      int last = Math.min(source.getLastCellNum(), MAX_COLUMNS);
      for (int c = 0; c < last; c++) {
        cells.add(text(source.getCell(c), formatter));
      }
      Row row = new Row(source.getRowNum() + 1, cells);
      if (!row.isBlank()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    String text =
        cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
            ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
            : formatter.formatCellValue(cell);
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** RFC 4180 records of a text, blank ones dropped, at most {@code limit} (Art. 15: usage). */
  public static List<Row> csvRows(String text, int limit) {
    return CsvRows.parse(text, limit);
  }

  private static List<Row> csv(byte[] content, Violations violations) {
    Optional<String> text = Texts.utf8(content);
    if (text.isEmpty() || text.get().indexOf('\0') >= 0) {
      violations.addOnce(FIELD, "registry.import.file.unreadable");
      return List.of();
    }
    return CsvRows.parse(text.get(), MAX_ROWS + 2);
  }
}
