package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One SMTP connection, RFC 5321's minimal set plus EHLO: every message for every recipient is
 * accepted into the {@link Mailbox} and delivered nowhere. Commands out of order are 503, unknown
 * ones 500.
 */
final class SmtpSession implements Runnable {

  /** RFC 5321 4.5.3.1.4: a command line holds at most 512 octets with its CRLF. */
  static final int COMMAND_LINE_LIMIT = 510;

  /** RFC 5321 4.5.3.1.8 requires at least 100. */
  static final int MAX_RECIPIENTS = 100;

  private static final int IDLE_MILLIS = 5 * 60 * 1000;

  private final Socket socket;
  private final Mailbox mailbox;
  private final long maxMessageBytes;
  private OutputStream out;
  private boolean greeted;
  private String sender;
  private final List<String> recipients = new ArrayList<>();

  SmtpSession(Socket socket, Mailbox mailbox, long maxMessageBytes) {
    this.socket = socket;
    this.mailbox = mailbox;
    this.maxMessageBytes = maxMessageBytes;
  }

  @Override
  public void run() {
    try (socket) {
      socket.setSoTimeout(IDLE_MILLIS);
      out = socket.getOutputStream();
      LineInput in = new LineInput(socket.getInputStream());
      reply("220 localhost ESMTP zj-cloud development mail sink, delivers nothing");
      while (handle(in, in.read(COMMAND_LINE_LIMIT))) {
        // one command per turn
      }
    } catch (IOException clientGone) {
      // the client closed the connection or stayed idle too long: nothing to keep
    }
  }

  /** Answers one command line; false when the session ends. */
  private boolean handle(LineInput in, LineInput.Line line) throws IOException {
    if (line == null) {
      return false;
    }
    if (line.tooLong()) {
      reply("500 5.5.2 Line too long: more than 512 octets with CRLF");
      return true;
    }
    String text = line.text();
    int space = text.indexOf(' ');
    String verb = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
    String argument = space < 0 ? "" : text.substring(space + 1).strip();
    switch (verb) {
      case "EHLO" -> hello(argument, true);
      case "HELO" -> hello(argument, false);
      case "MAIL" -> mail(argument);
      case "RCPT" -> rcpt(argument);
      case "DATA" -> data(in);
      case "RSET" -> reset("250 2.0.0 OK");
      case "NOOP" -> reply("250 2.0.0 OK");
      case "QUIT" -> reply("221 2.0.0 Bye");
      default -> reply("500 5.5.1 Unknown command");
    }
    return !verb.equals("QUIT");
  }

  /** EHLO names the extensions: 8-bit bodies and UTF-8 addresses and headers (RFC 6152, 6531). */
  private void hello(String domain, boolean extended) throws IOException {
    if (domain.isEmpty()) {
      reply("501 5.5.4 Domain name required");
      return;
    }
    greeted = true;
    reset(null);
    if (extended) {
      reply("250-localhost greets " + domain, "250-8BITMIME", "250-SMTPUTF8");
      reply("250-SIZE " + maxMessageBytes, "250 HELP");
    } else {
      reply("250 localhost greets " + domain);
    }
  }

  private void mail(String argument) throws IOException {
    if (!greeted || sender != null) {
      reply(greeted ? "503 5.5.1 Nested MAIL command" : "503 5.5.1 Send EHLO or HELO first");
      return;
    }
    Optional<MailPath> path = MailPath.parse("FROM:", argument);
    if (path.isEmpty()) {
      reply("501 5.5.4 Syntax: MAIL FROM:<address>");
    } else if (path.get().declaredSize() > maxMessageBytes) {
      reply("552 5.3.4 Message too big: more than " + maxMessageBytes + " octets");
    } else {
      sender = path.get().address();
      reply("250 2.1.0 OK");
    }
  }

  private void rcpt(String argument) throws IOException {
    Optional<MailPath> path = MailPath.parse("TO:", argument);
    if (sender == null) {
      reply("503 5.5.1 Need MAIL before RCPT");
    } else if (path.isEmpty() || path.get().address().isEmpty()) {
      reply("501 5.5.4 Syntax: RCPT TO:<address>");
    } else if (recipients.size() >= MAX_RECIPIENTS) {
      reply("452 4.5.3 Too many recipients");
    } else {
      recipients.add(path.get().address());
      reply("250 2.1.5 OK");
    }
  }

  private void data(LineInput in) throws IOException {
    if (recipients.isEmpty()) {
      reply(sender == null ? "503 5.5.1 Need MAIL before DATA" : "503 5.5.1 Need RCPT before DATA");
      return;
    }
    reply("354 End data with <CR><LF>.<CR><LF>");
    Optional<MessageData> data = MessageData.read(in, maxMessageBytes);
    if (data.isEmpty()) {
      throw new IOException("client went away within DATA");
    }
    reset(data.get().refusal().orElseGet(() -> store(data.get())));
  }

  private String store(MessageData data) {
    try {
      return "250 2.0.0 OK: queued as " + mailbox.store(sender, recipients, data.bytes()).id();
    } catch (IOException e) {
      return "451 4.3.0 Could not store the message: " + e.getMessage();
    }
  }

  /** Ends the mail transaction, then answers {@code reply} when there is one. */
  private void reset(String reply) throws IOException {
    sender = null;
    recipients.clear();
    if (reply != null) {
      reply(reply);
    }
  }

  private void reply(String... lines) throws IOException {
    for (String line : lines) {
      out.write((line + "\r\n").getBytes(UTF_8));
    }
    out.flush();
  }
}
