package cn.gov.zj.cloud.privateportal.registry.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.registry.ImportKind;
import cn.gov.zj.cloud.privateportal.registry.ImportPreview;
import cn.gov.zj.cloud.privateportal.registry.RegistryImport;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Art. 3: the import's REST shape, the same for units and systems. A file is the raw request body
 * (XLSX or CSV); a preview answers 200 with every bad cell; a confirmation 201 or 400 naming them.
 */
final class ImportJson {

  private ImportJson() {}

  /** The uploaded file, at most {@link SheetReader#MAX_BYTES}; 400 naming {@code file} when not. */
  static byte[] file(InputStream body) {
    Violations violations = new Violations();
    byte[] content = SheetReader.bytes(body, violations);
    violations.throwIfAny();
    return content;
  }

  /** {@code {"kind", "rows", "valid", "errors": [{"row", "column", "cell", "field", ...}]}}. */
  static String preview(ImportPreview preview, HttpHeaders headers) {
    Locale locale = locale(headers);
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (ImportPreview.CellError error : preview.errors()) {
      errors.add(
          Json.createObjectBuilder()
              .add("row", error.row())
              .add("column", error.column())
              .add("cell", error.cell())
              .add("field", error.field())
              .add("code", error.messageKey())
              .add(
                  "message",
                  Messages.get(locale, error.messageKey(), error.arguments().toArray())));
    }
    return Json.createObjectBuilder()
        .add("kind", preview.kind().path())
        .add("rows", preview.rows())
        .add("valid", preview.valid())
        .add("errors", errors)
        .build()
        .toString();
  }

  /** 201 with the number of records stored. */
  static Response imported(ImportKind kind, int created) {
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder()
                .add("kind", kind.path())
                .add("created", created)
                .build()
                .toString())
        .build();
  }

  /** The empty template as an XLSX download, headers in the caller's language. */
  static Response template(ImportKind kind, HttpHeaders headers) {
    return Response.ok(RegistryImport.template(kind, locale(headers)), SheetWriter.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + kind.path() + "-template.xlsx\"")
        .build();
  }

  /** The reason of a retirement: {@code {"reason": "..."}}. */
  static String reason(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, Set.of("reason"), violations);
    String reason = json.text("reason");
    violations.throwIfAny();
    return reason;
  }

  private static Locale locale(HttpHeaders headers) {
    return Messages.supported(
        headers.getAcceptableLanguages().isEmpty()
            ? Messages.CHINESE
            : headers.getAcceptableLanguages().get(0));
  }
}
