package cn.gov.zj.cloud.launcher.mail;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailServerTest {

  @RegisterExtension final RunningMailServer server = new RunningMailServer();

  @Test
  @DisplayName("a taken SMTP port stops the start with the port named (MailHog uses 1025 too)")
  void namesATakenPort() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> MailServer.start(server.directory(), taken.getLocalPort(), 0));
      assertTrue(
          refused
              .getMessage()
              .startsWith("cannot listen for SMTP on localhost:" + taken.getLocalPort()),
          refused.getMessage());
    }
  }
}
