package cn.gov.zj.cloud.publicportal.interconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.RawHttp;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 24: nobody but the private zone's service account reaches the interconnection: no token, a
 * forged one, or any other caller is answered 401 and given nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ZoneGuardIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void art24_theInterconnectionRefusesCallsWithoutTheServiceAccountsToken() throws Exception {
    for (String authorization : new String[] {null, "Bearer not-a-token", "Basic YTpi"}) {
      for (String path :
          new String[] {"api/v1/interconnect/submissions", "api/v1/interconnect/publications"}) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new URL(base, path).toURI());
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        if (path.endsWith("publications")) {
          request
              .POST(HttpRequest.BodyPublishers.ofString("{\"messages\":[]}"))
              .header("Content-Type", "application/json");
        }
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode(), path + " with " + authorization);
        assertTrue(response.body().contains("urn:zjzwy:problem:unauthorized"), response.body());
        assertTrue(!response.body().contains("seq"), "nothing of the queue is shown");
      }
    }
  }

  /** The interconnection's calls, as method and path under the API root. */
  private static final List<String[]> CALLS =
      List.of(
          new String[] {"GET", "interconnect/submissions"},
          new String[] {"POST", "interconnect/settlements"},
          new String[] {"POST", "interconnect/submissions/requeue"},
          new String[] {"POST", "interconnect/publications"},
          new String[] {"POST", "interconnect/contacts"});

  /** The penetration test's tricks, each applied to a call's path. */
  private static final List<String[]> TRICKS =
      List.of(
          new String[] {"interconnect/", "interconnect;x=1/"},
          new String[] {"interconnect/", "interconnect;/"},
          new String[] {"interconnect/", "interconnect%2F"},
          new String[] {"interconnect/", "interconnect%3Bx=1/"},
          new String[] {"interconnect/", "interconnect%5C"},
          new String[] {"interconnect/", "x/../interconnect/"},
          new String[] {"interconnect/", "x/%2E%2E/interconnect/"},
          new String[] {"interconnect/", "./interconnect/"},
          new String[] {"interconnect/", "/interconnect/"},
          new String[] {"interconnect/", "interconnect//"},
          new String[] {"interconnect/", "interconnect\\"});

  @Test
  @DisplayName(
      "Art. 24: matrix parameters, encoded separators, empty and dot segments never reach the"
          + " interconnection anonymously: 400 or 404 problem+json (or the HTTP layer's own 400),"
          + " nothing of the queue, nothing settled")
  void art24_pathTricksNeverReachTheInterconnectionAnonymously() throws Exception {
    String api = base.getPath().replaceAll("/$", "") + "/api/v1/";
    for (String[] call : CALLS) {
      for (String[] trick : TRICKS) {
        String path = api + call[1].replace(trick[0], trick[1]);
        String body = "POST".equals(call[0]) ? "{\"acked\":[1,2,3],\"messages\":[]}" : null;
        RawHttp.Answer answer = RawHttp.send(base, call[0], path, body);
        String what = call[0] + " " + path;
        assertTrue(answer.status() == 400 || answer.status() == 404, what + "\n" + answer.text());
        assertTrue(
            answer.problemOrContainerRefusal("urn:zjzwy:problem:"), what + "\n" + answer.text());
        assertTrue(!answer.text().contains("\"seq\""), what + " showed the queue");
      }
    }
  }

  @Test
  @DisplayName("Art. 24: the guard is bound to the resource: a clean path without a token is 401")
  void art24_theGuardIsBoundToTheResourceNotToThePath() throws Exception {
    String api = base.getPath().replaceAll("/$", "") + "/api/v1/";
    for (String[] call : CALLS) {
      String body = "POST".equals(call[0]) ? "{\"acked\":[]}" : null;
      RawHttp.Answer answer = RawHttp.send(base, call[0], api + call[1], body);
      assertEquals(401, answer.status(), call[1] + "\n" + answer.text());
    }
  }
}
