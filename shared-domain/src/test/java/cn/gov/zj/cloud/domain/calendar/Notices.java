package cn.gov.zj.cloud.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Set;

/** Test data: a notice from CSV text that must be valid. */
final class Notices {

  private Notices() {}

  /** The notice of the declared years; of the years its lines name when none is declared. */
  static CalendarNotice valid(String csv, Year... declared) {
    Violations violations = new Violations();
    byte[] content = csv.getBytes(StandardCharsets.UTF_8);
    CalendarNotice notice =
        declared.length == 0
            ? NoticeCsv.parse(content, violations)
            : NoticeCsv.parse(content, Set.of(declared), violations);
    assertTrue(violations.isEmpty(), violations.errors()::toString);
    assertNotNull(notice);
    return notice;
  }
}
