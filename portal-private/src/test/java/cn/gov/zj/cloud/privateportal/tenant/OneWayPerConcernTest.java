package cn.gov.zj.cloud.privateportal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Wall 4 and the architecture's "one way per concern, per zone": the row scope is set, and the
 * audit log written, in one class each, so that no code can forget or bend either on its own.
 */
class OneWayPerConcernTest {

  @Test
  void wall4_noCodeButRowScopeSetsTheRowScope() {
    assertEquals(List.of("RowScope.java"), sourcesContaining("set_config("));
  }

  @Test
  void art24_noCodeButTheAuditLogNamesTheAuditTable() {
    assertEquals(List.of("AuditLog.java"), sourcesContaining("audit_event ("));
  }

  @Test
  void art8_timesAreFormattedOnlyByTheOneBeijingFormatter() {
    assertEquals(List.of(), sourcesContaining("DateTimeFormatter.ofPattern("));
    assertEquals(List.of("Times.java"), sourcesContaining("BeijingTime.of("));
  }

  private static List<String> sourcesContaining(String text) {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains(text))
          .map(file -> file.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
