package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpSinkTest {

  static final String SUBJECT = "受理期限提醒：还剩 1 个工作日";

  @RegisterExtension final RunningMailServer server = new RunningMailServer();

  /** A notification as portal-private would send it: UTF-8 body, one line starting with a dot. */
  static String notification(String to) {
    String subject = Base64.getEncoder().encodeToString(SUBJECT.getBytes(UTF_8));
    return "From: =?UTF-8?B?5rWZ5rGf5pS/5Yqh5LqR?= <noreply@zjzwy.gov.cn>\r\n"
        + "To: "
        + to
        + "\r\nSubject: =?UTF-8?B?"
        + subject
        + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + "您的申请将于 3 个工作日内受理。\r\n"
        + ".这一行以点开头\r\n";
  }

  static String dotStuffed(String message) {
    return message.replace("\r\n.", "\r\n..");
  }

  @Test
  @DisplayName("Art. 8–12: a notification to two recipients is stored raw, subject decoded")
  void storesTheMessageAsSent() throws IOException {
    String message = notification("unit-applicant@hz.example, reviewer@hz.example");
    String reply;
    try (SmtpClient client = new SmtpClient(server.smtpPort())) {
      assertTrue(client.greeting().startsWith("220 "), client.greeting());
      client.envelope("noreply@zjzwy.gov.cn", "unit-applicant@hz.example", "reviewer@hz.example");
      reply = client.data(dotStuffed(message));
      assertEquals("221 2.0.0 Bye", client.send("QUIT"));
    }
    ReceivedMail mail = server.mailbox().newestFirst().get(0);
    assertEquals("250 2.0.0 OK: queued as " + mail.id(), reply);
    assertEquals("noreply@zjzwy.gov.cn", mail.from());
    assertEquals(List.of("unit-applicant@hz.example", "reviewer@hz.example"), mail.to());
    assertEquals(SUBJECT, mail.subject());
    assertEquals(server.directory().resolve(mail.id() + ".eml"), mail.file());
    assertArrayEquals(message.getBytes(UTF_8), Files.readAllBytes(mail.file()));
    assertTrue(Files.readString(mail.file()).contains("\r\n.这一行以点开头\r\n"));
  }

  @Test
  @DisplayName("EHLO offers 8BITMIME, SMTPUTF8 and the 10 MiB size; HELO answers one line")
  void ehloNamesTheExtensions() throws IOException {
    try (SmtpClient client = new SmtpClient(server.smtpPort())) {
      List<String> lines = client.send("EHLO portal-private").lines().toList();
      assertEquals("250-localhost greets portal-private", lines.get(0));
      assertTrue(lines.containsAll(List.of("250-8BITMIME", "250-SMTPUTF8", "250-SIZE 10485760")));
      assertTrue(lines.get(lines.size() - 1).startsWith("250 "));
      assertEquals("250 localhost greets old.client", client.send("HELO old.client"));
      assertEquals("501", client.send("EHLO").substring(0, 3));
    }
  }

  @Test
  @DisplayName("commands out of order are 503, unknown ones 500, and the session goes on")
  void refusesCommandsOutOfOrder() throws IOException {
    try (SmtpClient client = new SmtpClient(server.smtpPort())) {
      assertEquals("503 5.5.1 Send EHLO or HELO first", client.send("MAIL FROM:<a@zj.example>"));
      assertEquals("500 5.5.1 Unknown command", client.send("VRFY root"));
      client.send("EHLO client.test");
      assertEquals("503 5.5.1 Need MAIL before DATA", client.send("DATA"));
      assertEquals("503 5.5.1 Need MAIL before RCPT", client.send("RCPT TO:<b@zj.example>"));
      assertEquals("250 2.1.0 OK", client.send("MAIL FROM:<a@zj.example>"));
      assertEquals("503 5.5.1 Nested MAIL command", client.send("MAIL FROM:<a@zj.example>"));
      assertEquals("503 5.5.1 Need RCPT before DATA", client.send("DATA"));
      assertEquals("501 5.5.4 Syntax: RCPT TO:<address>", client.send("RCPT TO:b@zj.example"));
      assertEquals("250 2.1.5 OK", client.send("RCPT TO:<b@zj.example>"));
      assertEquals("250 2.0.0 OK", client.send("RSET"));
      assertEquals("503 5.5.1 Need MAIL before DATA", client.send("DATA"));
      assertEquals("250 2.0.0 OK", client.send("NOOP"));
      client.envelope("a@zj.example", "b@zj.example");
      SmtpClient.expect("250", client.data("Subject: after the errors\r\n\r\nbody\r\n"));
    }
    assertEquals("after the errors", server.mailbox().newestFirst().get(0).subject());
  }

  @Test
  @DisplayName("a message over 10 MiB is 552, nothing is stored, and the next one is accepted")
  void refusesAnOversizedMessage() throws IOException {
    String line = "x".repeat(76) + "\r\n";
    String message =
        "Subject: big\r\n\r\n" + line.repeat((int) (MailServer.MAX_MESSAGE_BYTES / 78));
    try (SmtpClient client = new SmtpClient(server.smtpPort())) {
      client.envelope("a@zj.example", "b@zj.example");
      assertEquals(
          "552 5.3.4 Message too big: more than 10485760 octets",
          client.data(message + line.repeat(100)));
      client.envelope("a@zj.example", "b@zj.example");
      SmtpClient.expect("250", client.data("Subject: small\r\n\r\nbody\r\n"));
      assertEquals("552", client.send("MAIL FROM:<a@zj.example> SIZE=10485761").substring(0, 3));
    }
    assertEquals(List.of("small"), subjects());
    assertEquals(1, emlFiles().size());
  }

  @Test
  @DisplayName("lines over the limits: 552 for a text line over 1000 octets, 500 for a command")
  void refusesOverlongLines() throws IOException {
    try (SmtpClient client = new SmtpClient(server.smtpPort())) {
      client.envelope("a@zj.example", "b@zj.example");
      String reply = client.data("Subject: long\r\n\r\n" + "y".repeat(999) + "\r\n");
      assertTrue(reply.startsWith("552 5.3.4 Line too long"), reply);
      client.envelope("a@zj.example", "b@zj.example");
      SmtpClient.expect("250", client.data("Subject: fits\r\n\r\n" + "y".repeat(998) + "\r\n"));
      assertEquals("500", client.send("NOOP " + "z".repeat(600)).substring(0, 3));
      assertEquals("250 2.0.0 OK", client.send("NOOP"));
    }
    assertEquals(List.of("fits"), subjects());
  }

  @Test
  @DisplayName("a second client is served while the first is still within DATA")
  void servesClientsConcurrently() throws IOException {
    try (SmtpClient first = new SmtpClient(server.smtpPort())) {
      first.envelope("first@zj.example", "x@zj.example");
      SmtpClient.expect("354", first.send("DATA"));
      first.write("Subject: first\r\n\r\nhalf of it\r\n");
      try (SmtpClient second = new SmtpClient(server.smtpPort())) {
        second.envelope("second@zj.example", "y@zj.example");
        SmtpClient.expect("250", second.data("Subject: second\r\n\r\nall of it\r\n"));
      }
      assertEquals(List.of("second"), subjects());
      SmtpClient.expect("250", first.send("the other half\r\n."));
    }
    assertEquals(List.of("first", "second"), subjects().stream().sorted().toList());
  }

  @Test
  @DisplayName("the connection ends after QUIT")
  void quitEndsTheConnection() throws IOException {
    try (SmtpClient client = new SmtpClient(server.smtpPort())) {
      assertEquals("221 2.0.0 Bye", client.send("QUIT"));
      assertThrows(IOException.class, client::reply);
    }
  }

  @Test
  @DisplayName("a port already taken stops the start, naming the port")
  void namesATakenPort() {
    UncheckedIOException taken =
        assertThrows(
            UncheckedIOException.class,
            () -> MailServer.start(server.directory(), server.smtpPort(), 0));
    assertTrue(
        taken.getMessage().startsWith("cannot listen for SMTP on localhost:" + server.smtpPort()),
        taken.getMessage());
  }

  private List<String> subjects() {
    return server.mailbox().newestFirst().stream().map(ReceivedMail::subject).toList();
  }

  private List<Path> emlFiles() throws IOException {
    try (Stream<Path> files = Files.list(server.directory())) {
      return files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
  }
}
