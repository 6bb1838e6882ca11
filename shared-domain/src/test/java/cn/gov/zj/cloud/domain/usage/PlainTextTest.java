package cn.gov.zj.cloud.domain.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 15: a usage row's numbers and days read by hand, as the general parsers would. */
class PlainTextTest {

  @Test
  @DisplayName(
      "Art. 15: a usage value is digits with at most one point; exponents, NaN, Infinity, hex,"
          + " signs and suffixes that Java would read are refused")
  void art15_plainDecimalsOnly() {
    assertEquals(12.5, PlainText.decimal("12.5"));
    assertEquals(0.5, PlainText.decimal(".5"));
    assertEquals(5, PlainText.decimal("5."));
    assertEquals(7, PlainText.decimal("+7"));
    assertEquals(0, PlainText.decimal("0"));
    for (String bad :
        List.of("1e2", "NaN", "Infinity", "0x1p3", "5d", "5f", "1.2.3", ".", "+", "-1", "1 2")) {
      assertEquals(-1, PlainText.decimal(bad), bad);
    }
  }

  @Test
  @DisplayName(
      "Art. 15: a decimal read by hand is the double Double.parseDouble gives, bit for bit, for"
          + " 100,000 random values up to 20 digits")
  void art15_sameDoubleAsTheGeneralParser() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 100_000; i++) {
      String whole = Long.toString(random.nextLong(0, 1_000_000_000_000L));
      String text =
          switch (i % 4) {
            case 0 -> whole;
            case 1 -> whole + "." + random.nextInt(0, 1000);
            case 2 -> whole.substring(0, Math.min(3, whole.length())) + "." + whole;
            default -> whole + whole.substring(0, Math.min(8, whole.length())) + ".25";
          };
      assertEquals(Double.parseDouble(text), PlainText.decimal(text), text);
    }
  }

  @Test
  @DisplayName("Art. 15: a day is yyyy-MM-dd and exists; other forms and days that are not, null")
  void art15_isoDaysOnly() {
    assertEquals(LocalDate.of(2026, 11, 3), PlainText.isoDate("2026-11-03"));
    assertEquals(LocalDate.of(2028, 2, 29), PlainText.isoDate("2028-02-29"));
    for (String bad :
        List.of(
            "2026-02-29",
            "2026-13-01",
            "2026-11-3",
            "2026/11/03",
            "20261103",
            "+2026-11-03",
            "2026-1a-03",
            "2026-11-00")) {
      assertNull(PlainText.isoDate(bad), bad);
    }
  }
}
