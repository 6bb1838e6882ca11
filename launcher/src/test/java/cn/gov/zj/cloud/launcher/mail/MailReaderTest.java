package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailReaderTest {

  @RegisterExtension final RunningMailServer server = new RunningMailServer();

  private HttpResponse<String> request(String method, String path) throws IOException {
    return server.request(method, path);
  }

  @Test
  @DisplayName("Art. 8–12: the JSON API lists the mails sent to one address, the newest first")
  void listsTheMailsOfOneRecipient() throws Exception {
    ReceivedMail first =
        server.send(
            "=?UTF-8?B?5Y+X55CG5o+Q6YaS?=", "noreply@zjzwy.gov.cn", "a@hz.example", "b@hz.example");
    server.send("other", "noreply@zjzwy.gov.cn", "c@hz.example");
    ReceivedMail third = server.send("third", "noreply@zjzwy.gov.cn", "B@HZ.example");
    HttpResponse<String> response = request("GET", "/api/messages?to=b%40hz.example");
    assertEquals(200, response.statusCode());
    assertEquals(
        "application/json; charset=UTF-8", response.headers().firstValue("Content-Type").get());
    assertEquals(
        "[{\"id\":\""
            + third.id()
            + "\",\"from\":\"noreply@zjzwy.gov.cn\","
            + "\"to\":[\"B@HZ.example\"],\"subject\":\"third\",\"receivedAt\":\""
            + third.receivedAt()
            + "\"},"
            + "{\"id\":\""
            + first.id()
            + "\",\"from\":\"noreply@zjzwy.gov.cn\","
            + "\"to\":[\"a@hz.example\",\"b@hz.example\"],\"subject\":\"受理提醒\","
            + "\"receivedAt\":\""
            + first.receivedAt()
            + "\"}]",
        response.body());
    assertEquals("[]", request("GET", "/api/messages?to=nobody@hz.example").body());
    assertEquals(3, request("GET", "/api/messages").body().split("\"id\"").length - 1);
  }

  @Test
  @DisplayName("JSON escapes quotes, backslashes and control characters")
  void escapesJson() throws Exception {
    server.send("=?UTF-8?Q?say_=22hi=22_\\_and=09tab?=", "x@hz.example", "a@hz.example");
    String body = request("GET", "/api/messages").body();
    assertTrue(body.contains("\"subject\":\"say \\\"hi\\\" \\\\ and\\ttab\""), body);
  }

  @Test
  @DisplayName("the HTML list escapes a subject with <script>, and links the raw message")
  void escapesHtml() throws Exception {
    ReceivedMail mail =
        server.send("<script>alert('x')</script> & \"more\"", "a@hz.example", "b@hz.example");
    HttpResponse<String> page = request("GET", "/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=UTF-8", page.headers().firstValue("Content-Type").get());
    assertTrue(
        page.body()
            .contains(
                "<a href=\"/messages/"
                    + mail.id()
                    + "\">&lt;script&gt;alert(&#39;x&#39;)"
                    + "&lt;/script&gt; &amp; &quot;more&quot;</a>"),
        page.body());
    assertFalse(page.body().contains("<script>"));
  }

  @Test
  @DisplayName("GET /messages/<id> gives the raw .eml as UTF-8 text; an unknown id is 404")
  void servesTheRawMessage() throws Exception {
    ReceivedMail mail = server.send("=?UTF-8?B?5Y+X55CG5o+Q6YaS?=", "a@hz.example", "b@hz.example");
    HttpResponse<String> raw = request("GET", "/messages/" + mail.id());
    assertEquals(200, raw.statusCode());
    assertEquals("text/plain; charset=UTF-8", raw.headers().firstValue("Content-Type").get());
    assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").get());
    assertArrayEquals(Files.readAllBytes(mail.file()), raw.body().getBytes(UTF_8));
    assertEquals(404, request("GET", "/messages/19700101T000000000-000001").statusCode());
    assertEquals(404, request("GET", "/elsewhere").statusCode());
    assertEquals(405, request("POST", "/").statusCode());
  }

  @Test
  @DisplayName("DELETE /api/messages empties the list and keeps the files")
  void deleteClearsTheListOnly() throws Exception {
    ReceivedMail mail = server.send("to forget", "a@hz.example", "b@hz.example");
    assertEquals(204, request("DELETE", "/api/messages").statusCode());
    assertEquals("[]", request("GET", "/api/messages").body());
    assertEquals(404, request("GET", "/messages/" + mail.id()).statusCode());
    assertTrue(Files.isRegularFile(mail.file()));
  }
}
