package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 21: a unit reads its showback on the page and downloads it as PDF and XLSX (the demo unit's
 * system at the demo catalogue's prices: 4880.00 yuan a whole month); the REST answers to another
 * tenant (404), a wrong role (403), bad input (400) and a raised city price (400, nothing stored).
 */
@ExtendWith(RunningStack.class)
class ShowbackJourneyIT {

  private static final String TENANT = "lishui";
  private static final String DEMO_SYSTEM = "政务服务数据分析平台（演示）";

  /**
   * The demo plan at the demo prices: hosts 1740 + 380, database 1510, bandwidth 1250 (a whole
   * month; the demo system is on the cloud since 100 days, so last month is whole).
   */
  private static final String WHOLE_MONTH = "4880.00";

  @Test
  @DisplayName(
      "Art. 21: a unit opens its showback (last month whole: 4880.00) and downloads PDF and XLSX")
  void art21_unitDownloadsItsShowback() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open("/t/" + TENANT + "/showback");
      browser.signIn(TENANT + ".unit-applicant");
      browser.waitForText("showback-form:line-table", DEMO_SYSTEM);
      LocalDate lastMonth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
      if (lastMonth.getYear() == LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()) {
        assertTrue(
            browser.text("showback-form:month-table").contains(WHOLE_MONTH),
            browser.text("showback-form:month-table"));
      }
      byte[] pdf = browser.download("showback-form:download-pdf");
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains("资源费用核算"), text);
        assertTrue(text.contains(DEMO_SYSTEM), text);
        assertTrue(text.contains("全年合计"), text);
      }
      byte[] xlsx = browser.download("showback-form:download-xlsx");
      Path file = Files.createTempFile("showback", ".xlsx");
      Files.write(file, xlsx);
      StringBuilder parts = new StringBuilder();
      long sheets;
      try (ZipFile book = new ZipFile(file.toFile())) {
        sheets = book.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count();
        for (var entry : book.stream().filter(e -> e.getName().startsWith("xl/")).toList()) {
          parts.append(
              new String(book.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      } finally {
        Files.delete(file);
      }
      assertEquals(2L, sheets);
      assertTrue(parts.toString().contains(DEMO_SYSTEM), "the lines name the system");
      assertTrue(parts.toString().contains("按月合计"), "the months sheet");
    }
  }

  private static String demoUnitId() throws Exception {
    String q = URLEncoder.encode("（演示）", StandardCharsets.UTF_8);
    HttpResponse<String> units =
        Api.get(Tokens.of(TENANT, "tenant-admin"), "/api/v1/tenants/" + TENANT + "/units?q=" + q);
    return Api.json(units.body()).getJsonArray("items").getJsonObject(0).get("id").toString();
  }

  @Test
  @DisplayName(
      "Art. 21, Art. 25: showback REST: own unit 200 (JSON, PDF, XLSX), another tenant 404, the"
          + " provider 403, bad input 400; a city may not raise a price (400, nothing stored)")
  void art21_restAnswers() throws Exception {
    String unit = demoUnitId();
    String path = "/api/v1/tenants/" + TENANT + "/showback?unitId=" + unit;
    String applicant = Tokens.of(TENANT, "unit-applicant");
    HttpResponse<String> own = Api.get(applicant, path);
    assertEquals(200, own.statusCode(), own.body());
    assertNotEquals("0.00", Api.json(own.body()).getString("yearTotal"), own.body());
    assertEquals(
        200, Api.download(applicant, path + "&format=pdf").statusCode(), "the PDF is served");
    assertEquals(
        200, Api.download(applicant, path + "&format=xlsx").statusCode(), "the XLSX is served");
    Api.assertProblem(
        Api.get(Tokens.of("ningbo", "reviewer"), "/api/v1/tenants/ningbo/showback?unitId=" + unit),
        404);
    Api.assertProblem(Api.get(Tokens.of(TENANT, "provider-operator"), path), 403);
    String reviewer = Tokens.of(TENANT, "reviewer");
    for (String bad : new String[] {"&year=1999", "&month=13", "&format=doc", "&year=x"}) {
      Api.assertProblem(Api.get(reviewer, path + bad), 400);
    }
    Api.assertProblem(Api.get(reviewer, "/api/v1/tenants/" + TENANT + "/showback?unitId=abc"), 400);

    String admin = Tokens.of(TENANT, "tenant-admin");
    String prices = "/api/v1/tenants/" + TENANT + "/prices";
    int local = Api.json(Api.get(admin, prices).body()).getJsonArray("local").size();
    HttpResponse<String> higher =
        Api.post(
            admin,
            prices + "/local",
            "{\"effectiveFrom\": \"2026-01-01\", \"prices\": {\"VCPU_MONTH\": \"60.01\"}}");
    Api.assertProblem(higher, 400);
    assertTrue(higher.body().contains("\"field\":\"prices.VCPU_MONTH\""), higher.body());
    Api.assertProblem(
        Api.post(
            admin,
            prices + "/provincial",
            "{\"effectiveFrom\": \"2099-01-01\", \"prices\": {\"VCPU_MONTH\": \"1\"}}"),
        403);
    assertEquals(local, Api.json(Api.get(admin, prices).body()).getJsonArray("local").size());
  }
}
