package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The mailbox over HTTP, on the loopback interface: {@code GET /} lists the messages in HTML,
 * {@code GET /messages/<id>} gives one raw, {@code GET /api/messages?to=<address>} lists them in
 * JSON ({@link MailJson}), the newest first, and {@code DELETE /api/messages} empties the list.
 */
final class MailReader implements AutoCloseable {

  private static final String TEXT = "text/plain; charset=UTF-8";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2, MailReader::daemon);
  private final Mailbox mailbox;
  private final int smtpPort;

  private MailReader(HttpServer server, Mailbox mailbox, int smtpPort) {
    this.server = server;
    this.mailbox = mailbox;
    this.smtpPort = smtpPort;
  }

  /** Listens on {@code port} (0: any free one); the page names {@code smtpPort}. */
  static MailReader start(int port, Mailbox mailbox, int smtpPort) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    MailReader reader = new MailReader(HttpServer.create(address, 0), mailbox, smtpPort);
    reader.server.createContext("/", reader::handle);
    reader.server.setExecutor(reader.executor);
    reader.server.start();
    return reader;
  }

  /** A thread that never keeps the JVM alive on its own. */
  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "mail-reader");
    thread.setDaemon(true);
    return thread;
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      route(exchange, exchange.getRequestURI().getPath());
    }
  }

  private void route(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/")) {
      if (allowed(exchange, "GET")) {
        String page = MailPage.of(mailbox.newestFirst(), smtpPort);
        send(exchange, 200, "text/html; charset=UTF-8", page);
      }
    } else if (path.equals("/api/messages")) {
      if (allowed(exchange, "GET", "DELETE")) {
        messages(exchange);
      }
    } else if (path.startsWith("/messages/")) {
      if (allowed(exchange, "GET")) {
        raw(exchange, path.substring("/messages/".length()));
      }
    } else {
      send(exchange, 404, TEXT, "not found");
    }
  }

  /** Answers 405 when the request's method is none of {@code methods}. */
  private static boolean allowed(HttpExchange exchange, String... methods) throws IOException {
    if (List.of(methods).contains(exchange.getRequestMethod())) {
      return true;
    }
    String allow = String.join(", ", methods);
    exchange.getResponseHeaders().set("Allow", allow);
    send(exchange, 405, TEXT, "method not allowed; allowed: " + allow);
    return false;
  }

  private void messages(HttpExchange exchange) throws IOException {
    if (exchange.getRequestMethod().equals("DELETE")) {
      mailbox.clear();
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    Optional<String> to;
    try {
      to = parameter(exchange.getRequestURI(), "to").filter(address -> !address.isBlank());
    } catch (IllegalArgumentException badEscape) {
      send(exchange, 400, TEXT, "bad query: " + badEscape.getMessage());
      return;
    }
    String json = MailJson.array(to.map(mailbox::sentTo).orElseGet(mailbox::newestFirst));
    send(exchange, 200, "application/json; charset=UTF-8", json);
  }

  private void raw(HttpExchange exchange, String id) throws IOException {
    Optional<ReceivedMail> mail = mailbox.find(id);
    if (mail.isEmpty()) {
      send(exchange, 404, TEXT, "no message " + id);
      return;
    }
    send(exchange, 200, TEXT, mail.get().raw());
  }

  /** The first value of a query parameter, URL-decoded. */
  private static Optional<String> parameter(URI uri, String name) {
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8).equals(name)) {
        return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8));
      }
    }
    return Optional.empty();
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    send(exchange, status, type, body.getBytes(UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
