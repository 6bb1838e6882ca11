package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.privateportal.rest.JsonFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: the calls this zone makes to the public zone's interconnection ({@code
 * ZJ_PUBLIC_ZONE_URL}), each with the service account's token. A failure is an {@link ChannelDown};
 * the channel retries later.
 */
@ApplicationScoped
public class PublicZone {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Inject
  @ConfigProperty(name = "ZJ_PUBLIC_ZONE_URL", defaultValue = "http://localhost:8081")
  String url;

  @Inject private ZoneAccountToken token;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The oldest waiting submissions (at most {@code limit}) and the public queue's state. */
  public Pulled pull(int limit) {
    JsonObject json = call(get("submissions?limit=" + limit));
    List<Pulled.Item> items = new ArrayList<>();
    json.getJsonArray("messages").stream()
        .map(JsonValue::asJsonObject)
        .forEach(
            m ->
                items.add(
                    new Pulled.Item(m.getJsonNumber("seq").longValue(), m.getString("text"))));
    JsonObject backlog = json.getJsonObject("backlog");
    return new Pulled(
        items,
        backlog.getJsonNumber("pending").longValue(),
        backlog.getJsonNumber("refused").longValue(),
        backlog.containsKey("oldestPendingAt")
            ? Instant.parse(backlog.getString("oldestPendingAt"))
            : null);
  }

  /** Tells the public zone which pulled submissions are applied and which refused. */
  public void settle(List<Long> acked, Map<Long, String> refused) {
    JsonArrayBuilder ackedJson = Json.createArrayBuilder();
    acked.forEach(ackedJson::add);
    JsonArrayBuilder refusedJson = Json.createArrayBuilder();
    refused.forEach(
        (seq, reason) ->
            refusedJson.add(Json.createObjectBuilder().add("seq", seq).add("reason", reason)));
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("acked", ackedJson).add("refused", refusedJson);
    call(post("settlements", body.build().toString()));
  }

  /** Asks the public zone to queue again the submissions this zone refused; how many it did. */
  public int requeueRefused() {
    return call(post("submissions/requeue", "{}")).getInt("requeued");
  }

  /** Pushes publications; the public zone's outcome for each, in the same order. */
  public List<Pushed> push(List<String> texts) {
    JsonArrayBuilder messages = Json.createArrayBuilder();
    texts.forEach(messages::add);
    JsonObject json =
        call(
            post(
                "publications",
                Json.createObjectBuilder().add("messages", messages).build().toString()));
    List<Pushed> outcomes = new ArrayList<>();
    json.getJsonArray("results").stream()
        .map(JsonValue::asJsonObject)
        .forEach(
            r -> outcomes.add(new Pushed(r.getString("outcome"), r.getString("reason", null))));
    if (outcomes.size() != texts.size()) {
      throw new ChannelDown("the public zone answered " + outcomes.size() + " of " + texts.size());
    }
    return outcomes;
  }

  /**
   * Art. 23: the contact a submitter left with consultation {@code trackingNo}, which the public
   * zone keeps sealed and opens (and audits) for the staff member {@code revealedBy} who calls
   * back; empty when none was left.
   */
  public Optional<String> contact(String tenant, String trackingNo, String revealedBy) {
    String body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("trackingNo", trackingNo)
            .add("revealedBy", revealedBy)
            .build()
            .toString();
    JsonObject json = call(post("contacts", body));
    return Optional.ofNullable(json.getString("contact", null));
  }

  private HttpRequest.Builder request(String path) {
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/interconnect/" + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token.current())
        .header("Accept", "application/json");
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest post(String path, String body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private JsonObject call(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() == 401) {
        token.forget();
      }
      if (response.statusCode() != 200) {
        throw new ChannelDown(request.uri().getPath() + " answered " + response.statusCode());
      }
      try (var reader = JsonFactory.JSON.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new ChannelDown("public zone unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelDown("interrupted");
    }
  }

  /** What one pull brought. */
  public record Pulled(List<Item> items, long pending, long refused, Instant oldestPendingAt) {

    /** One submission: its place in the public queue and its signed text. */
    public record Item(long seq, String text) {}
  }

  /** The public zone's answer to one pushed publication: ACCEPTED, DUPLICATE or REFUSED. */
  public record Pushed(String outcome, String reason) {

    public boolean delivered() {
      return "ACCEPTED".equals(outcome) || "DUPLICATE".equals(outcome);
    }
  }
}
