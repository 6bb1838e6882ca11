package cn.gov.zj.cloud.privateportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UiBundleTest {

  private static TreeSet<String> keys(Locale locale) {
    return new TreeSet<>(
        ResourceBundle.getBundle(
                "cn.gov.zj.cloud.privateportal.web.ui",
                locale,
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet());
  }

  @Test
  @DisplayName("Art. 8–20: every kind of notification is named, as its list and export show it")
  void everyNotificationKindIsNamed() {
    TreeSet<String> keys = keys(Locale.SIMPLIFIED_CHINESE);
    List<String> unnamed =
        Stream.of(NotificationKind.values())
            .map(kind -> "notifications.kind." + kind.name())
            .filter(key -> !keys.contains(key))
            .toList();
    assertEquals(List.of(), unnamed);
  }

  @Test
  @DisplayName("Every page text exists in Chinese and in English")
  void chineseAndEnglishHaveTheSameKeys() {
    assertEquals(keys(Locale.SIMPLIFIED_CHINESE), keys(Locale.ENGLISH));
  }

  @Test
  @DisplayName(
      "Issue 11: every article help text (a .article key) is shown on a page, none left unused")
  void everyArticleHelpIsShown() throws IOException {
    String pages;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      pages =
          files
              .filter(file -> file.toString().endsWith(".xhtml"))
              .map(UiBundleTest::read)
              .collect(Collectors.joining("\n"));
    }
    List<String> unused =
        keys(Locale.SIMPLIFIED_CHINESE).stream()
            .filter(key -> key.endsWith(".article"))
            .filter(key -> !pages.contains("'" + key + "'"))
            .toList();
    assertEquals(List.of(), unused, "help keys no page shows");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
