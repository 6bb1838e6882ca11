package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

/** Speaks SMTP to the sink over a real socket, one command and its whole reply at a time. */
final class SmtpClient implements AutoCloseable {

  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;
  private final String greeting;

  SmtpClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
    out = socket.getOutputStream();
    greeting = reply();
  }

  String greeting() {
    return greeting;
  }

  /** Sends one line (CRLF added) and returns the reply, its lines joined by {@code \n}. */
  String send(String line) throws IOException {
    write(line + "\r\n");
    return reply();
  }

  /** Sends raw text as it stands, without waiting for a reply. */
  void write(String text) throws IOException {
    out.write(text.getBytes(UTF_8));
    out.flush();
  }

  /** Reads a reply: lines {@code 250-…} continue it, the line {@code 250 …} ends it. */
  String reply() throws IOException {
    StringBuilder reply = new StringBuilder();
    String line;
    do {
      line = in.readLine();
      if (line == null) {
        throw new IOException("connection closed; so far: " + reply);
      }
      reply.append(reply.isEmpty() ? "" : "\n").append(line);
    } while (line.length() > 3 && line.charAt(3) == '-');
    return reply.toString();
  }

  /** EHLO, MAIL FROM and one RCPT TO per recipient, each expected to be accepted. */
  void envelope(String from, String... to) throws IOException {
    expect("250", send("EHLO client.test"));
    expect("250", send("MAIL FROM:<" + from + ">"));
    for (String recipient : to) {
      expect("250", send("RCPT TO:<" + recipient + ">"));
    }
  }

  /** DATA, then the message (lines ending in CRLF, already dot-stuffed), then the dot. */
  String data(String message) throws IOException {
    expect("354", send("DATA"));
    write(message);
    return send(".");
  }

  static void expect(String code, String reply) {
    if (!reply.startsWith(code)) {
      throw new AssertionError("expected " + code + ", got: " + reply);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
