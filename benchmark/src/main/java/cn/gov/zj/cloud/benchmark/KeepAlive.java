package cn.gov.zj.cloud.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's client: one kept-alive HTTP/1.1 connection per client thread, as wrk keeps
 * them, with as little work per call as a JDBC insert has: the load generator shares the cores with
 * the portal (docs/benchmarks.md compares it with the JDK's HttpClient and wrk). It reads a
 * response's status and skips its body, whether sized or chunked.
 */
final class KeepAlive implements AutoCloseable {

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAlive(URI server) {
    this.host = server.getHost();
    this.port = server.getPort();
  }

  /** Sends a request on the kept connection (opened again when the server closed it). */
  int send(String method, String path, String json) throws IOException {
    return send(method, path, json, null);
  }

  /** As {@link #send(String, String, String)}, with the {@code cookie} header when not null. */
  int send(String method, String path, String json, String cookie) throws IOException {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAccept: application/json\r\n"
            + (json == null ? "" : "Content-Type: application/json\r\n")
            + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    try {
      if (socket == null) {
        open();
      }
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return readResponse();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 10_000);
    socket.setSoTimeout(60_000);
    in = new BufferedInputStream(socket.getInputStream(), 8192);
    out = socket.getOutputStream();
  }

  private int readResponse() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().trim(), 16); size > 0; ) {
        skip(size);
        line();
        size = Long.parseLong(line().trim(), 16);
      }
      line();
    } else if (length > 0) {
      skip(length);
    }
    if (close) {
      close();
    }
    return code;
  }

  private String line() throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the server closed the connection");
      }
      if (b != '\r') {
        text.write(b);
      }
    }
    return text.toString(StandardCharsets.ISO_8859_1);
  }

  private void skip(long bytes) throws IOException {
    for (long left = bytes; left > 0; ) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("the server closed the connection");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
