package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem: a stable {@code type} per kind of failure, a translated title and detail,
 * and for bad input the list of invalid fields.
 */
public record Problem(
    String slug, int status, String detail, List<FieldError> errors, JsonObject extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:zjzwy:problem:";

  public Problem {
    errors = List.copyOf(errors);
    extensions = extensions == null ? JsonObject.EMPTY_JSON_OBJECT : extensions;
  }

  public Problem(String slug, int status, String detail, List<FieldError> errors) {
    this(slug, status, detail, errors, null);
  }

  public static Problem of(String slug, int status, String detail) {
    return new Problem(slug, status, detail, List.of());
  }

  /** The same problem with extension members (RFC 9457 §3.2), e.g. what is allowed now. */
  public Problem with(JsonObject members) {
    return new Problem(slug, status, detail, errors, members);
  }

  public JsonObject toJson(Locale locale, String instance) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", TYPE_PREFIX + slug)
            .add("title", Messages.get(locale, "problem." + slug))
            .add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    if (instance != null) {
      json.add("instance", instance);
    }
    extensions.forEach(json::add);
    if (!errors.isEmpty()) {
      JsonArrayBuilder fields = Json.createArrayBuilder();
      for (FieldError error : errors) {
        fields.add(
            Json.createObjectBuilder()
                .add("field", error.field())
                .add("code", error.messageKey())
                .add(
                    "message",
                    Messages.get(locale, error.messageKey(), error.arguments().toArray())));
      }
      json.add("errors", fields);
    }
    return json.build();
  }
}
