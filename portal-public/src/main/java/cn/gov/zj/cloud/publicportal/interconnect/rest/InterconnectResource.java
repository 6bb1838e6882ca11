package cn.gov.zj.cloud.publicportal.interconnect.rest;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.validation.JsonShape;
import cn.gov.zj.cloud.publicportal.interconnect.Inbox;
import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Art. 24: the interconnection, called by the private zone only ({@link ZoneGuard}): it pulls the
 * waiting submissions, settles them (acknowledged or refused), and pushes its publications.
 */
@Path("interconnect")
@ZoneOnly
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class InterconnectResource {

  /** A batch of publications is at most this long. */
  static final int MAX_BODY = 16 * 1024 * 1024;

  /** The most submissions one call fetches. */
  static final int MAX_LIMIT = 10_000;

  @Inject private Outbox outbox;
  @Inject private Inbox inbox;

  /** The oldest waiting submissions and the queue's state. */
  @GET
  @Path("submissions")
  public String submissions(@QueryParam("limit") @DefaultValue("500") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit: 1 to " + MAX_LIMIT);
    }
    JsonArrayBuilder messages = JSON.createArrayBuilder();
    outbox
        .pending(limit)
        .forEach(
            pending ->
                messages.add(
                    JSON.createObjectBuilder()
                        .add("seq", pending.seq())
                        .add("text", pending.text())));
    Outbox.Backlog backlog = outbox.backlog();
    JsonObjectBuilder state =
        JSON.createObjectBuilder()
            .add("pending", backlog.pending())
            .add("refused", backlog.refused());
    if (backlog.oldestPendingAt() != null) {
      state.add("oldestPendingAt", backlog.oldestPendingAt().toString());
    }
    return JSON.createObjectBuilder()
        .add("messages", messages)
        .add("backlog", state)
        .build()
        .toString();
  }

  /** {@code {"acked": [seq…], "refused": [{"seq": …, "reason": …}]}}. */
  @POST
  @Path("settlements")
  @Consumes(MediaType.APPLICATION_JSON)
  public String settle(InputStream body) {
    JsonObject json = object(body);
    List<Long> acked =
        shaped(
            () ->
                array(json, "acked").stream()
                    .map(value -> ((JsonNumber) value).longValueExact())
                    .toList());
    Map<Long, String> refused = new LinkedHashMap<>();
    shaped(
        () -> {
          array(json, "refused").stream()
              .map(JsonObject.class::cast)
              .forEach(
                  item ->
                      refused.put(
                          item.getJsonNumber("seq").longValueExact(),
                          item.getString("reason", "")));
          return refused;
        });
    Outbox.Settled settled = outbox.settle(acked, refused);
    return JSON.createObjectBuilder()
        .add("acked", settled.acked())
        .add("refused", settled.refused())
        .build()
        .toString();
  }

  /** The submissions the private zone refused go back in the queue: {@code {"requeued": n}}. */
  @POST
  @Path("submissions/requeue")
  public String requeue() {
    return JSON.createObjectBuilder().add("requeued", outbox.requeueRefused()).build().toString();
  }

  /** {@code {"messages": [text…]}} → an outcome per message, in the same order. */
  @POST
  @Path("publications")
  @Consumes(MediaType.APPLICATION_JSON)
  public String publish(InputStream body) {
    JsonObject json = object(body);
    List<String> texts =
        shaped(
            () ->
                array(json, "messages").stream()
                    .map(value -> ((JsonString) value).getString())
                    .toList());
    JsonArrayBuilder results = JSON.createArrayBuilder();
    inbox
        .receive(texts)
        .forEach(
            delivery -> {
              JsonObjectBuilder result =
                  JSON.createObjectBuilder().add("outcome", delivery.outcome().name());
              if (delivery.id() != null) {
                result.add("id", delivery.id());
              }
              if (delivery.reason() != null) {
                result.add("reason", delivery.reason());
              }
              results.add(result);
            });
    return JSON.createObjectBuilder().add("results", results).build().toString();
  }

  private static JsonObject object(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new BadRequestException("body over " + MAX_BODY + " bytes");
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      JsonShape.fault(text)
          .ifPresent(
              fault -> {
                throw new BadRequestException(fault.field() + ": " + fault.messageKey());
              });
      try (var reader = JSON.createReader(new StringReader(text))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonException | IllegalStateException e) {
      throw new BadRequestException("not a JSON object");
    }
  }

  /**
   * Art. 25: a message body of the wrong shape (a text where a number belongs, a missing {@code
   * seq}, a number beyond a long) is a 400, never a 500, even from the zone's own account.
   */
  private static <T> T shaped(Supplier<T> read) {
    try {
      return read.get();
    } catch (ClassCastException | NullPointerException | ArithmeticException e) {
      throw new BadRequestException("not the message's shape");
    }
  }

  private static JsonArray array(JsonObject json, String name) {
    try {
      return json.containsKey(name) ? json.getJsonArray(name) : JsonArray.EMPTY_JSON_ARRAY;
    } catch (ClassCastException e) {
      throw new BadRequestException(name + " is not an array");
    }
  }
}
