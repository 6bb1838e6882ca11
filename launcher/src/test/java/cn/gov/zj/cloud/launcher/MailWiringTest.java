package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailWiringTest {

  private final StackSettings development = StackSettings.defaults(Map.of());
  private static final InstallationSecrets SECRETS =
      new InstallationSecrets("a", "b", "c", "d", "u", "e", "f");

  private final StackSettings tests = StackSettings.forTests(Path.of("target/unused"), 20000);

  @Test
  @DisplayName("SMTP on 1025 and the mail reader on 8025; the test offset gives 21025 and 28025")
  void mailPorts() {
    assertEquals(1025, development.smtpPort());
    assertEquals("http://localhost:8025", development.mailUrl());
    assertEquals(21025, tests.smtpPort());
    assertEquals("http://localhost:28025", tests.mailUrl());
    assertEquals(Path.of("target/unused/mail").toAbsolutePath(), tests.mailDirectory());
  }

  @Test
  @DisplayName("Art. 8–12: portal-private sends its notifications to the sink; portal-public none")
  void onlyThePrivatePortalSendsMail() {
    Map<String, String> env =
        PortalServer.privateZone(tests, tests.database(), SECRETS).environment();
    assertEquals("localhost", env.get("ZJ_SMTP_HOST"));
    assertEquals("21025", env.get("ZJ_SMTP_PORT"));
    assertEquals("noreply@zjzwy.gov.cn", env.get("ZJ_MAIL_FROM"));
    Map<String, String> publicEnv =
        PortalServer.publicZone(tests, tests.database(), SECRETS).environment();
    assertTrue(
        publicEnv.keySet().stream().noneMatch(n -> n.contains("SMTP") || n.contains("MAIL")));
  }

  @Test
  @DisplayName("the banner shows where development mail can be read")
  void bannerNamesTheMailReader() {
    String banner =
        Banner.of(development, development.database(), new StartupTimes(), TenantDirectory.load());
    String row =
        banner
            .lines()
            .filter(l -> l.startsWith("邮件 Mail (development) "))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "http://localhost:8025/  (SMTP localhost:1025)",
        row.substring("邮件 Mail (development)".length()).strip());
  }
}
