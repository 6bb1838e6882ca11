package cn.gov.zj.cloud.privateportal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, the request line sent exactly as written: no client
 * library normalises dot segments, escapes or backslashes away before the server sees them.
 */
public final class RawHttp {

  /** The status code and the whole answer (headers and body) as text. */
  public record Answer(int status, String text) {

    /**
     * True for the bare 400 with which the HTTP layer (Grizzly) itself refuses some escapes, such
     * as {@code %5C}, before the application is reached.
     */
    public boolean refusedByContainer() {
      return status == 400 && text.startsWith("HTTP/1.1 400 Invalid URI");
    }

    /** A problem+json answer of the application, or the container's own refusal. */
    public boolean problemOrContainerRefusal(String type) {
      return refusedByContainer()
          || text.contains("application/problem+json") && text.contains(type);
    }
  }

  private RawHttp() {}

  public static Answer send(URL base, String method, String rawPath, String body)
      throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + rawPath
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nAccept: application/json\r\nConnection: close\r\n"
            + (body == null ? "" : "Content-Type: application/json\r\n")
            + "Content-Length: "
            + content.length
            + "\r\n\r\n";
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      String text = readAll(socket.getInputStream());
      return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
