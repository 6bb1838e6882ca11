package cn.gov.zj.cloud.privateportal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.cloud.privateportal.sheet.PdfSheet.Fact;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The head every report's PDF opens with (Art. 15, 21, 22): its title, then its facts. */
class PdfSheetTest {

  @Test
  @DisplayName("Art. 15, 21, 22: a report's facts read label：value, four spaces apart")
  void art15_factsOnOneLine() {
    assertEquals(
        "Unit：Water Bureau    Month：2026-11",
        PdfSheet.line(List.of(new Fact("Unit", "Water Bureau"), new Fact("Month", "2026-11"))));
    assertEquals("", PdfSheet.line(List.of()));
  }

  @Test
  @DisplayName("Art. 15, 21, 22: the head adds the title, then the facts; without facts no line")
  void art15_headInTheDocument() throws Exception {
    Font font = PdfSheet.font(9, Font.NORMAL);
    List<String> added = new ArrayList<>();
    Document document =
        new Document() {
          @Override
          public boolean add(Element element) {
            added.add(((Paragraph) element).getContent());
            return true;
          }
        };
    PdfSheet.head(
        document,
        "Monthly report",
        List.of(new Fact("Unit", "Water Bureau"), new Fact("Month", "2026-11")),
        font);
    PdfSheet.head(document, "Provider", List.of(), font);
    assertEquals(
        List.of("Monthly report", "Unit：Water Bureau    Month：2026-11", "Provider"), added);
  }
}
