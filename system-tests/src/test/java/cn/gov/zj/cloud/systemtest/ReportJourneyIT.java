package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chromium.HasCdp;

/** Art. 15: a unit reads its monthly report on the page and downloads it as PDF and as XLSX. */
@ExtendWith(RunningStack.class)
class ReportJourneyIT {

  /** The demo system the demo seed gives each tenant's demo unit, with three months of usage. */
  private static final String DEMO_SYSTEM = "政务服务数据分析平台（演示）";

  @Test
  @DisplayName(
      "Art. 15: a unit opens last month's report (table, advice) and downloads the PDF and the XLSX")
  void art15_unitOpensAndDownloadsItsReport() throws Exception {
    Path folder = Files.createTempDirectory("report");
    try (Browser browser = new Browser()) {
      ((HasCdp) browser.driver())
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", folder.toString()));
      browser.open("/t/lishui/reports");
      browser.signIn("lishui.unit-applicant");
      browser.waitForText("report-form:usage-table", DEMO_SYSTEM);
      assertTrue(browser.text("report-form:advice-table").contains("闲置"));
      assertTrue(browser.text("report-form:advice-table").contains("配置过高"));

      browser.element("report-form:download-pdf").click();
      Path pdf = downloaded(folder, ".pdf");
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains("月度资源利用报告"), text);
        assertTrue(text.contains(DEMO_SYSTEM), text);
      }

      browser.element("report-form:download-xlsx").click();
      Path xlsx = downloaded(folder, ".xlsx");
      try (ZipFile book = new ZipFile(xlsx.toFile())) {
        assertEquals(
            3, book.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count());
        StringBuilder strings = new StringBuilder();
        for (var entry : book.stream().filter(e -> e.getName().startsWith("xl/")).toList()) {
          strings.append(
              new String(book.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(strings.toString().contains(DEMO_SYSTEM), "the table names the system");
        assertTrue(strings.toString().contains("优化建议"), "the advice sheet");
      }
    }
  }

  /** The finished download ending in {@code suffix}, waited for up to 30 s. */
  private static Path downloaded(Path folder, String suffix) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < until) {
      try (Stream<Path> files = Files.list(folder)) {
        Optional<Path> file = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
        if (file.isPresent() && Files.size(file.get()) > 0) {
          Thread.sleep(300);
          return file.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + suffix + " downloaded into " + folder);
  }
}
