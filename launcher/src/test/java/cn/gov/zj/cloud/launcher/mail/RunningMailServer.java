package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A mail server on free ports for each test, its files in a fresh temporary directory. */
final class RunningMailServer implements BeforeEachCallback, AfterEachCallback {

  private final HttpClient http = HttpClient.newHttpClient();
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

  Mailbox mailbox() {
    return server.mailbox();
  }

  /** Asks the reader, {@code path} relative to its address. */
  HttpResponse<String> request(String method, String path) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(readerUrl()).resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** A Jakarta Mail session that sends to this server, {@code from} the envelope sender. */
  Session session(String from) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", InetAddress.getLoopbackAddress().getHostAddress());
    properties.put("mail.smtp.port", Integer.toString(server.smtpPort()));
    properties.put("mail.smtp.from", from);
    return Session.getInstance(properties);
  }

  /** Sends a short message with this raw {@code Subject} header; returns it as listed. */
  ReceivedMail send(String subjectHeader, String from, String... to) throws MessagingException {
    MimeMessage message = new MimeMessage(session(from));
    message.setHeader("Subject", subjectHeader);
    message.setText("body", "UTF-8");
    Address[] recipients = new Address[to.length];
    for (int i = 0; i < to.length; i++) {
      recipients[i] = new InternetAddress(to[i]);
    }
    Transport.send(message, recipients);
    return mailbox().newestFirst().get(0);
  }
}
