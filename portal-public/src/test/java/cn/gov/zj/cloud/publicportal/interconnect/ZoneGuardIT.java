package cn.gov.zj.cloud.publicportal.interconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.publicportal.Deployments;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
}
