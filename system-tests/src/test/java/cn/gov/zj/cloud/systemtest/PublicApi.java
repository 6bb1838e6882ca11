package cn.gov.zj.cloud.systemtest;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** The public portal's REST API, as citizens and units call it: no account. */
final class PublicApi {

  private PublicApi() {}

  static HttpResponse<String> get(String path) throws Exception {
    return Api.HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String json) throws Exception {
    return Api.HTTP.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A consultation's receipt: {@code trackingNo} and {@code queryCode}. */
  static JsonObject consult(String tenant, String subject) throws Exception {
    HttpResponse<String> created =
        post(
            "/api/v1/tenants/" + tenant + "/consultations",
            "{\"category\": \"CONSULTATION\", \"subject\": \""
                + subject
                + "\", \"content\": \"请问如何办理？\", \"contact\": \"13800138000\"}");
    if (created.statusCode() != 201) {
      throw new AssertionError(created.statusCode() + " " + created.body());
    }
    return Api.json(created.body());
  }

  /**
   * Polls {@code call} every 200 ms until {@code done} holds, at most {@code limit}; the seconds it
   * took, or an AssertionError naming the last answer.
   */
  static double await(Duration limit, Call call, Predicate<HttpResponse<String>> done)
      throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> last = call.send();
    while (!done.test(last)) {
      if (System.nanoTime() - start > limit.toNanos()) {
        throw new AssertionError("still not done after " + limit + ": " + last.body());
      }
      Thread.sleep(200);
      last = call.send();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(RunningStack.settings().publicBaseUrl() + path));
  }

  /** One HTTP call to repeat. */
  @FunctionalInterface
  interface Call {
    HttpResponse<String> send() throws Exception;
  }
}
