package cn.gov.zj.cloud.publicportal.rest;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** RFC 9457 answers of the public API: a stable type, a translated title and detail, the fields. */
public final class ProblemJson {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemJson() {}

  public static Response answer(
      Locale locale, int status, String slug, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(locale, status, slug, detail, errors))
        .build();
  }

  /** The problem's JSON text, for answers written outside JAX-RS (servlet filters). */
  public static String body(
      Locale locale, int status, String slug, String detail, List<FieldError> errors) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("type", "urn:zjzwy:problem:" + slug)
            .add("title", Messages.get(locale, "problem." + slug))
            .add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder fields = JSON.createArrayBuilder();
      errors.forEach(
          error ->
              fields.add(
                  JSON.createObjectBuilder()
                      .add("field", error.field())
                      .add("code", error.messageKey())
                      .add(
                          "message",
                          Messages.get(locale, error.messageKey(), error.arguments().toArray()))));
      json.add("errors", fields);
    }
    return json.build().toString();
  }
}
