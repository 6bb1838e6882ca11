package cn.gov.zj.cloud.privateportal;

import cn.gov.zj.cloud.domain.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.FilterMeta;

/**
 * Issue 11, point 7: an exported XLSX file read back with POI as rows of text (the header first),
 * and the texts a list's export is headed with, in Chinese.
 */
public final class SheetRows {

  private SheetRows() {}

  /** Every row of the file's first sheet as the texts of its cells. */
  public static List<List<String>> read(byte[] file) {
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of the file's first sheet. */
  public static String sheetName(byte[] file) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      return book.getSheetAt(0).getSheetName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The private portal's page texts in Chinese. */
  public static Function<String, String> ui() {
    ResourceBundle bundle =
        ResourceBundle.getBundle("cn.gov.zj.cloud.privateportal.web.ui", Messages.CHINESE);
    return bundle::getString;
  }

  /** The shared domain's texts in Chinese. */
  public static Function<String, String> domain() {
    return key -> Messages.get(Messages.CHINESE, key);
  }

  /** The table's search box holding {@code text}, as a lazy model receives it. */
  public static Map<String, FilterMeta> searching(String text) {
    FilterMeta global = new FilterMeta();
    global.setFilterValue(text);
    return Map.of(FilterMeta.GLOBAL_FILTER_KEY, global);
  }
}
