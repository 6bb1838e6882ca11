package cn.gov.zj.cloud.launcher.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;

/**
 * The development mail server: GreenMail's SMTP server for portal-private's notifications (Art.
 * 8–12: deadlines of acceptance, review and approval), which accepts every message for every
 * recipient and delivers nothing, and an HTTP reader to read them. Runs inside the launcher's JVM;
 * closing it stops both.
 */
public final class MailServer implements AutoCloseable {

  /** GreenMail's start waits this long for its socket; the machine may be busy. */
  private static final long STARTUP_MILLIS = 30_000;

  private final GreenMail greenMail;
  private final Mailbox mailbox;
  private final MailReader reader;

  private MailServer(GreenMail greenMail, Mailbox mailbox, MailReader reader) {
    this.greenMail = greenMail;
    this.mailbox = mailbox;
    this.reader = reader;
  }

  /**
   * Starts both on the loopback interface, messages also written to {@code directory}; port 0 takes
   * any free one.
   *
   * @throws IllegalStateException naming the port when one is taken (MailHog uses 1025 and 8025
   *     too)
   */
  public static MailServer start(Path directory, int smtpPort, int readerPort) {
    ServerSetup smtp =
        new ServerSetup(
            smtpPort, InetAddress.getLoopbackAddress().getHostAddress(), ServerSetup.PROTOCOL_SMTP);
    smtp.setServerStartupTimeout(STARTUP_MILLIS);
    GreenMail greenMail = new GreenMail(smtp);
    Mailbox mailbox = new Mailbox(directory, greenMail);
    try {
      greenMail.start();
    } catch (IllegalStateException e) {
      greenMail.stop();
      throw new IllegalStateException(
          "cannot listen for SMTP on localhost:" + smtpPort + " (port in use?): " + e, e);
    }
    try {
      int port = greenMail.getSmtp().getPort();
      return new MailServer(greenMail, mailbox, MailReader.start(readerPort, mailbox, port));
    } catch (IOException e) {
      greenMail.stop();
      throw new UncheckedIOException(
          "cannot listen for the mail reader on localhost:" + readerPort + " (port in use?): " + e,
          e);
    }
  }

  public Mailbox mailbox() {
    return mailbox;
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  /** The reader's address with a trailing slash, e.g. {@code http://localhost:8025/}. */
  public String readerUrl() {
    return "http://localhost:" + reader.port() + "/";
  }

  @Override
  public void close() {
    reader.close();
    greenMail.stop();
  }
}
