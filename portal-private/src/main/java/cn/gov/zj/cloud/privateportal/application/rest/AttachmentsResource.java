package cn.gov.zj.cloud.privateportal.application.rest;

import cn.gov.zj.cloud.domain.attachment.AttachmentCheck;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Art. 7, 9, 11, 12: {@code POST .../applications/<id>/attachments} (multipart: {@code file} and
 * {@code kind}) → 201 with the id, size and SHA-256; the list; and downloads, access-checked and
 * audited.
 */
@Path("tenants/{tenant}/applications/{id:[0-9]+}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lifecycle", description = "Art. 6–12: the application lifecycle")
public class AttachmentsResource {

  @Inject private Attachments attachments;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Attach a file (multipart: file, kind)",
      description =
          "kind: CONSTRUCTION_PLAN, SELF_TEST_REPORT, OTHER, FUNCTIONAL_TEST_REPORT,"
              + " PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT, THIRD_PARTY_TEST_REPORT,"
              + " BACKUP_CONFIRMATION. Checked by content (PDF, Office, OpenDocument, images, ZIP),"
              + " at most 50 MB.")
  @APIResponse(responseCode = "201", description = "id, size and sha256 of the stored file")
  @APIResponse(responseCode = "400", description = "problem+json on kind or file")
  public Response upload(
      @PathParam("id") long id, @Context HttpServletRequest request, @Context UriInfo uri) {
    Part file = part(request, AttachmentCheck.FIELD);
    String kind = text(part(request, "kind"));
    try (InputStream content = file == null ? null : file.getInputStream()) {
      ApplicationAttachment stored =
          attachments.upload(id, kind, file == null ? null : file.getSubmittedFileName(), content);
      return Response.created(uri.getAbsolutePathBuilder().path(stored.getId().toString()).build())
          .entity(AttachmentJson.of(stored).build().toString())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  public String list(@PathParam("id") long id) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    attachments.of(id).forEach(file -> items.add(AttachmentJson.of(file)));
    return Json.createObjectBuilder().add("items", items).build().toString();
  }

  /** The bytes as stored, under their checked media type, always as a download. */
  @GET
  @Path("{attachment:[0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
    Attachments.Download download = attachments.download(id, attachmentId);
    ApplicationAttachment file = download.attachment();
    return bytes(
        download.file(),
        file.getFileName(),
        file.getContentType(),
        file.getSha256(),
        file.getSizeBytes());
  }

  /**
   * Art. 7, 13: a stored file's bytes under their checked media type, always as a download: the one
   * answer of every attachment download.
   */
  public static Response bytes(
      java.nio.file.Path stored, String fileName, String contentType, String sha256, long size) {
    String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(
            (jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(stored, out), contentType)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + sha256)
        .header("Content-Length", size)
        .build();
  }

  /** What keeps an uploaded file: its submitted name and content (null when there is none). */
  @FunctionalInterface
  public interface Keeper<T> {
    T keep(String name, java.io.InputStream content);
  }

  /** The multipart body's {@code file} part handed to {@code keeper}: what it kept. */
  public static <T> T keepFile(HttpServletRequest request, Keeper<T> keeper) {
    Part file = part(request, AttachmentCheck.FIELD);
    try (java.io.InputStream content = file == null ? null : file.getInputStream()) {
      return keeper.keep(file == null ? null : file.getSubmittedFileName(), content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A part of the multipart body; a body too large or not multipart names the file field. */
  public static Part part(HttpServletRequest request, String name) {
    try {
      return request.getPart(name);
    } catch (IllegalStateException e) {
      new Violations().add(AttachmentCheck.FIELD, "application.attachment.tooLarge").throwIfAny();
      return null;
    } catch (IOException | ServletException e) {
      new Violations().add(AttachmentCheck.FIELD, "validation.required").throwIfAny();
      return null;
    }
  }

  private static String text(Part part) {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(200), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
