package cn.gov.zj.cloud.launcher.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A mail server on free ports for each test, its files in a fresh temporary directory. */
final class RunningMailServer implements BeforeEachCallback, AfterEachCallback {

  private Path directory;
  private MailServer server;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    directory = Files.createTempDirectory("mail");
    server = MailServer.start(directory, 0, 0);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.close();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  Path directory() {
    return directory;
  }

  String readerUrl() {
    return server.readerUrl();
  }

  int smtpPort() {
    return server.smtpPort();
  }

  Mailbox mailbox() {
    return server.mailbox();
  }

  /** Sends a short message with this {@code Subject} header; returns it as the sink stored it. */
  ReceivedMail send(String subjectHeader, String from, String... to) throws IOException {
    try (SmtpClient client = new SmtpClient(smtpPort())) {
      client.envelope(from, to);
      SmtpClient.expect("250", client.data("Subject: " + subjectHeader + "\r\n\r\nbody\r\n"));
    }
    return mailbox().newestFirst().get(0);
  }
}
