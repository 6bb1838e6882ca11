package cn.gov.zj.cloud.publicportal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's browser for the tests: its own cookies, pages by their path under the portal, and a
 * Faces form submitted as a browser submits it (its hidden fields, the typed ones, the button).
 */
public final class Browser {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .build();

  public Browser(URL base) {
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
  }

  /** A page by its path below the portal's root, e.g. {@code t/hangzhou/}. */
  public HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Submits the form {@code formId} of {@code page} with its button {@code button} and the typed
   * {@code fields} (name to values; a name without {@code :} is taken as {@code formId:name}).
   */
  public HttpResponse<String> submit(
      HttpResponse<String> page, String formId, String button, Map<String, List<String>> fields)
      throws Exception {
    List<String> pairs = new ArrayList<>();
    fields.forEach(
        (name, values) ->
            values.forEach(
                v -> pairs.add(pair(name.contains(":") ? name : formId + ":" + name, v))));
    pairs.add(pair(formId + ":" + button, "submit"));
    return send(page, formId, pairs);
  }

  /**
   * Posts the plain HTML form {@code formId} of {@code page} (no Faces form: field names as they
   * are), its hidden fields with the typed {@code fields}, and the request {@code headers}.
   */
  public HttpResponse<String> post(
      HttpResponse<String> page, String formId, Map<String, List<String>> fields, String... headers)
      throws Exception {
    List<String> pairs = new ArrayList<>();
    fields.forEach((name, values) -> values.forEach(v -> pairs.add(pair(name, v))));
    return send(page, formId, pairs, headers);
  }

  private HttpResponse<String> send(
      HttpResponse<String> page, String formId, List<String> typed, String... headers)
      throws Exception {
    String form = form(page.body(), formId);
    List<String> pairs = new ArrayList<>();
    Matcher inputs = INPUT.matcher(form);
    while (inputs.find()) {
      String input = inputs.group();
      if ("hidden".equals(attribute(input, "type"))) {
        pairs.add(pair(attribute(input, "name"), attribute(input, "value")));
      }
    }
    pairs.addAll(typed);
    String action = attribute(form.substring(0, form.indexOf('>')), "action");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(page.uri().resolve(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The HTML of the form {@code id}, from its start tag to its end tag. */
  public static String form(String html, String id) {
    int start = html.indexOf("<form id=\"" + id + "\"");
    assertTrue(start >= 0, "no form " + id + " in " + html);
    return html.substring(start, html.indexOf("</form>", start));
  }

  public static String attribute(String tag, String name) {
    Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return value.find() ? value.group(1).replace("&amp;", "&") : null;
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
