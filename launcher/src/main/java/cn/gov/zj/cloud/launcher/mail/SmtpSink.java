package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Accepts SMTP connections on the loopback interface, each in its own thread of a small pool; a
 * connection beyond the pool is told 421 and closed rather than left waiting for its greeting.
 */
final class SmtpSink implements AutoCloseable {

  static final int MAX_CONNECTIONS = 16;

  private final ServerSocket server;
  private final Mailbox mailbox;
  private final long maxMessageBytes;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor sessions =
      new ThreadPoolExecutor(
          0,
          MAX_CONNECTIONS,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          DaemonThreads.named("smtp-session"));

  private SmtpSink(ServerSocket server, Mailbox mailbox, long maxMessageBytes) {
    this.server = server;
    this.mailbox = mailbox;
    this.maxMessageBytes = maxMessageBytes;
  }

  /** Listens on {@code port} (0: any free one) of the loopback interface. */
  static SmtpSink start(int port, Mailbox mailbox, long maxMessageBytes) throws IOException {
    ServerSocket server = new ServerSocket();
    try {
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      server.close();
      throw e;
    }
    SmtpSink sink = new SmtpSink(server, mailbox, maxMessageBytes);
    DaemonThreads.named("smtp-accept").newThread(sink::accept).start();
    return sink;
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        serve(server.accept());
      } catch (IOException closedOrFailed) {
        // closed: the loop ends; a failed accept leaves the next one to try
      }
    }
  }

  private void serve(Socket socket) {
    open.add(socket);
    try {
      sessions.execute(
          () -> {
            try {
              new SmtpSession(socket, mailbox, maxMessageBytes).run();
            } finally {
              open.remove(socket);
            }
          });
    } catch (RejectedExecutionException full) {
      try (socket) {
        socket.getOutputStream().write("421 4.3.2 Too many connections\r\n".getBytes(US_ASCII));
      } catch (IOException ignored) {
        // the client learns it from the closed connection instead
      }
      open.remove(socket);
    }
  }

  /** Stops listening and ends every open connection. */
  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException alreadyBroken) {
        // nothing more to end
      }
    }
    sessions.shutdownNow();
  }
}
