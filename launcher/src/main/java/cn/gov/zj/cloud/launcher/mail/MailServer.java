package cn.gov.zj.cloud.launcher.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The development mail server: an SMTP sink for portal-private's notifications (Art. 8–12:
 * deadlines of acceptance, review and approval) and an HTTP reader to read them. Runs inside the
 * launcher's JVM; closing it stops both.
 */
public final class MailServer implements AutoCloseable {

  /** The largest message accepted (552 beyond): 10 MiB. */
  public static final long MAX_MESSAGE_BYTES = 10L * 1024 * 1024;

  private final Mailbox mailbox;
  private final SmtpSink sink;
  private final MailReader reader;

  private MailServer(Mailbox mailbox, SmtpSink sink, MailReader reader) {
    this.mailbox = mailbox;
    this.sink = sink;
    this.reader = reader;
  }

  /**
   * Starts both on the loopback interface, messages kept in {@code directory}; port 0 takes any
   * free one.
   *
   * @throws UncheckedIOException naming the port when one is taken (MailHog uses 1025 and 8025 too)
   */
  public static MailServer start(Path directory, int smtpPort, int readerPort) {
    Mailbox mailbox = new Mailbox(directory);
    SmtpSink sink =
        listen("SMTP", smtpPort, () -> SmtpSink.start(smtpPort, mailbox, MAX_MESSAGE_BYTES));
    try {
      MailReader reader =
          listen(
              "mail reader", readerPort, () -> MailReader.start(readerPort, mailbox, sink.port()));
      return new MailServer(mailbox, sink, reader);
    } catch (RuntimeException e) {
      closeQuietly(sink);
      throw e;
    }
  }

  private static <T> T listen(String what, int port, Listener<T> listener) {
    try {
      return listener.listen();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen for " + what + " on localhost:" + port + " (port in use?): " + e, e);
    }
  }

  public Mailbox mailbox() {
    return mailbox;
  }

  public int smtpPort() {
    return sink.port();
  }

  /** The reader's address with a trailing slash, e.g. {@code http://localhost:8025/}. */
  public String readerUrl() {
    return "http://localhost:" + reader.port() + "/";
  }

  @Override
  public void close() {
    reader.close();
    closeQuietly(sink);
  }

  private static void closeQuietly(SmtpSink sink) {
    try {
      sink.close();
    } catch (IOException alreadyClosed) {
      // nothing left to stop
    }
  }

  @FunctionalInterface
  private interface Listener<T> {
    T listen() throws IOException;
  }
}
