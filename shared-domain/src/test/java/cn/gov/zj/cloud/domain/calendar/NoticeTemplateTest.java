package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeTemplateTest {

  private static final Year Y2027 = Year.of(2027);

  private static String template() {
    return new String(NoticeTemplate.of(Y2027, OfficialCalendar.builtIn()), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "Art. 8–12: the template of a new year's notice explains in Chinese and shows the latest"
          + " loaded year as an example, all as lines the upload does not read")
  void art8_templateExplainsInChinese() {
    String template = template();
    assertTrue(template.startsWith("\uFEFF#"), "a byte order mark for spreadsheet programs");
    assertTrue(template.contains("2027 年部分节假日安排"), template);
    assertTrue(template.contains("类型填“放假”或“调休上班”"), template);
    assertTrue(template.contains("# 2026-02-14,调休上班,春节"), template);
    assertTrue(template.endsWith("\n" + NoticeCsv.HEADER + "\n"), template);
    assertEquals("holiday-notice-2027.csv", NoticeTemplate.fileName(Y2027));
  }

  @Test
  @DisplayName(
      "Art. 8–12: the unfilled template is refused as empty; filled in (Chinese kinds) it loads")
  void art8_filledTemplateLoads() {
    Violations violations = new Violations();
    assertNull(
        NoticeCsv.parse(template().getBytes(StandardCharsets.UTF_8), Set.of(Y2027), violations));
    assertEquals(
        List.of("calendar.csv.empty"),
        violations.errors().stream().map(FieldError::messageKey).toList());

    String filled = template() + "2027-01-01,放假,元旦\n# 春节待定\n2027-02-06,调休上班,春节\n2027-02-07,放假,春节\n";
    CalendarNotice notice = Notices.valid(filled, Y2027);
    assertEquals(
        new CalendarDay(LocalDate.parse("2027-02-06"), DayKind.MAKEUP_WORKDAY, "春节"),
        notice.days().get(1));
    assertEquals(3, notice.days().size());
  }

  @Test
  @DisplayName("Art. 8: a line before the header that is no explanation is refused on its line")
  void art8_headerAfterExplanations() {
    Violations violations = new Violations();
    NoticeCsv.parse(
        "# 说明\n2027-01-01,HOLIDAY,元旦\n".getBytes(StandardCharsets.UTF_8),
        Set.of(Y2027),
        violations);
    assertEquals("line 2", violations.errors().get(0).field());
    assertEquals("calendar.csv.header", violations.errors().get(0).messageKey());
  }
}
