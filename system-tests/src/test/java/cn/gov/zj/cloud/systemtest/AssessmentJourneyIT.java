package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 22, 23: a unit opens its annual assessment and downloads it as PDF; a reviewer opens the
 * provider's assessment of a quarter and downloads it; who may read what over REST, whole stack.
 */
@ExtendWith(RunningStack.class)
class AssessmentJourneyIT {

  private static final String TENANT = "jiaxing";
  private static final String BASE = "/api/v1/tenants/" + TENANT + "/assessments";

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  private static int year() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  }

  @Test
  @DisplayName(
      "Art. 22: a unit opens 单位年度考核 (its own line, the published formula) and downloads its"
          + " assessment as PDF")
  void art22_unitDownloadsItsAssessment() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/" + TENANT + "/unit-assessments");
      browser.signIn(TENANT + ".unit-applicant");
      browser.waitForText("formula", "得分 = 100 ×");
      String table = browser.text("assessment-form:units-table");
      assertTrue(table.contains("上云率"), table);
      String text = pdfText(browser.download("assessment-form:units-table:0:pdf"));
      assertTrue(text.contains(year() + "年度使用单位考核报告"), text);
      assertTrue(text.contains("得分=100×"), text);
    }
  }

  @Test
  @DisplayName(
      "Art. 23: a reviewer opens 供应商考核, picks a quarter, reads the definitions and downloads the"
          + " PDF")
  void art23_reviewerOpensTheProviderAssessment() throws Exception {
    String quarter =
        year() + "-Q" + ((LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue() + 2) / 3);
    try (Browser browser = new Browser()) {
      browser.open("/t/" + TENANT + "/provider-assessment");
      browser.signIn(TENANT + ".reviewer");
      browser.waitForText("provider-definition", "可用率");
      browser.type("provider-form:period", quarter);
      browser.click("provider-form:show");
      browser.waitForText("provider-form:provider-table", "满意率");
      String text = pdfText(browser.download("provider-form:download-pdf"));
      assertTrue(text.contains("政务云供应商考核报告（" + quarter + "）"), text);
    }
  }

  @Test
  @DisplayName(
      "Art. 22, 23 attacks: unit staff get their own line only and 403 for the provider; a bad"
          + " period or year is 400 problem+json; another city's token is refused")
  void art22_restRefusals() throws Exception {
    String unit = Api.token(TENANT, TENANT + ".unit-applicant");
    HttpResponse<String> own = Api.get(unit, BASE + "/units?year=" + year());
    assertEquals(200, own.statusCode(), own.body());
    JsonArray lines = Json.createReader(new StringReader(own.body())).readArray();
    assertEquals(1, lines.size(), own.body());
    Api.assertProblem(Api.get(unit, BASE + "/provider?period=" + year()), 403);

    String reviewer = Api.token(TENANT, TENANT + ".reviewer");
    Api.assertProblem(Api.get(reviewer, BASE + "/provider?period=2026-13"), 400);
    Api.assertProblem(Api.get(reviewer, BASE + "/units?year=1999"), 400);
    Api.assertProblem(Api.get(reviewer, BASE + "/units/x1?year=" + year()), 400);
    Api.assertProblem(Api.get(reviewer, BASE + "/units/999999999?year=" + year()), 404);
    HttpResponse<byte[]> pdf =
        Api.download(reviewer, BASE + "/provider?period=" + year() + "&format=pdf");
    assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
    assertTrue(pdfText(pdf.body()).contains("政务云供应商考核报告"));

    String stranger = Api.token("huzhou", "huzhou.reviewer");
    int status = Api.get(stranger, BASE + "/units?year=" + year()).statusCode();
    assertTrue(status == 401 || status == 403, "another city's token: " + status);
  }
}
