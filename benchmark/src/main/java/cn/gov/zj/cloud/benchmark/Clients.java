package cn.gov.zj.cloud.benchmark;

import java.io.IOException;
import java.net.URI;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** One kept-alive connection per client thread to one server, all closed at the end. */
final class Clients implements AutoCloseable {

  private final Queue<KeepAlive> opened = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<KeepAlive> own;

  Clients(URI server) {
    own =
        ThreadLocal.withInitial(
            () -> {
              KeepAlive client = new KeepAlive(server);
              opened.add(client);
              return client;
            });
  }

  /** The calling thread's connection. */
  KeepAlive own() {
    return own.get();
  }

  @Override
  public void close() throws IOException {
    for (KeepAlive client : opened) {
      client.close();
    }
  }
}
