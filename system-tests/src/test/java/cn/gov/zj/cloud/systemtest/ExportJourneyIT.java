package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 11, point 7: a list's XLSX export downloaded in headless Chromium and read with POI. */
@ExtendWith(RunningStack.class)
class ExportJourneyIT {

  private static final String TENANT = "wenzhou";
  private static final String OTHER = "huzhou";

  @Test
  @DisplayName(
      "Issue 11, Art. 6: the reviewer searches the applications, downloads 导出 Excel and gets the"
          + " rows on screen, headed in Chinese; another tenant's application of the same name is"
          + " not in it")
  void art6_exportHoldsTheSearchedRows() throws Exception {
    String token = "导出" + UUID.randomUUID().toString().substring(0, 8);
    List<String> mine = new ArrayList<>();
    for (String suffix : List.of("甲", "乙")) {
      String applicant = Api.token(TENANT, TENANT + ".unit-applicant");
      mine.add(String.valueOf(Submissions.submitted(TENANT, applicant, token + suffix)));
    }
    String theirs =
        String.valueOf(
            Submissions.submitted(
                OTHER, Api.token(OTHER, OTHER + ".unit-applicant"), token + "湖州"));

    try (Browser browser = new Browser()) {
      browser.open("/t/" + TENANT + "/applications");
      browser.signIn(TENANT + ".reviewer");
      browser.type("applications-form:applications-table:globalFilter", token);
      browser.waitForText("applications-form:applications-table", token + "乙");
      browser.waitForText("applications-form:applications-table", token + "甲");
      List<List<String>> rows = read(browser.download("applications-form:export"));
      assertEquals(List.of("申请编号", "系统名称", "状态"), rows.get(0).subList(0, 3));
      List<String> ids = rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
      assertEquals(2, ids.size(), rows.toString());
      assertTrue(ids.containsAll(mine), rows.toString());
      assertFalse(ids.contains(theirs), "another tenant's application");
      assertTrue(rows.get(1).get(1).startsWith(token), rows.toString());
      assertEquals("待受理", rows.get(1).get(2));
    }
  }

  private static List<List<String>> read(byte[] file) throws Exception {
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("上云申请", sheet.getSheetName());
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        rows.add(cells);
      }
      return rows;
    }
  }
}
