package cn.gov.zj.cloud.privateportal.securityfile.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.attachment.AttachmentCheck;
import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFile;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFileOwner;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFiles;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import java.time.OffsetDateTime;

/**
 * Art. 17, 19: {@code POST …/findings/<id>/attachments} (the rectification evidence), {@code
 * …/bulletins/<id>/attachments}, {@code …/drills/<id>/attachments} (multipart: {@code file}) → 201
 * with the id, size and SHA-256; {@code GET} the list; {@code GET …/attachments/<file>} the bytes,
 * access-checked and audited, as for applications.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityFilesResource {

  @Inject private SecurityFiles files;

  @POST
  @Path("findings/{id:[0-9]+}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response findingUpload(
      @PathParam("id") long id, @Context HttpServletRequest request, @Context UriInfo uri) {
    return upload(SecurityFileOwner.FINDING, id, request, uri);
  }

  @GET
  @Path("findings/{id:[0-9]+}/attachments")
  public String findingFiles(@PathParam("id") long id) {
    return list(SecurityFileOwner.FINDING, id);
  }

  @GET
  @Path("findings/{id:[0-9]+}/attachments/{attachment:[0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response findingFile(@PathParam("id") long id, @PathParam("attachment") long file) {
    return download(SecurityFileOwner.FINDING, id, file);
  }

  @POST
  @Path("bulletins/{id:[0-9]+}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response bulletinUpload(
      @PathParam("id") long id, @Context HttpServletRequest request, @Context UriInfo uri) {
    return upload(SecurityFileOwner.BULLETIN, id, request, uri);
  }

  @GET
  @Path("bulletins/{id:[0-9]+}/attachments")
  public String bulletinFiles(@PathParam("id") long id) {
    return list(SecurityFileOwner.BULLETIN, id);
  }

  @GET
  @Path("bulletins/{id:[0-9]+}/attachments/{attachment:[0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response bulletinFile(@PathParam("id") long id, @PathParam("attachment") long file) {
    return download(SecurityFileOwner.BULLETIN, id, file);
  }

  @POST
  @Path("drills/{id:[0-9]+}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response drillUpload(
      @PathParam("id") long id, @Context HttpServletRequest request, @Context UriInfo uri) {
    return upload(SecurityFileOwner.DRILL, id, request, uri);
  }

  @GET
  @Path("drills/{id:[0-9]+}/attachments")
  public String drillFiles(@PathParam("id") long id) {
    return list(SecurityFileOwner.DRILL, id);
  }

  @GET
  @Path("drills/{id:[0-9]+}/attachments/{attachment:[0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response drillFile(@PathParam("id") long id, @PathParam("attachment") long file) {
    return download(SecurityFileOwner.DRILL, id, file);
  }

  private Response upload(
      SecurityFileOwner owner, long id, HttpServletRequest request, UriInfo uri) {
    Part file = AttachmentsResource.part(request, AttachmentCheck.FIELD);
    try (InputStream content = file == null ? null : file.getInputStream()) {
      SecurityFile stored =
          files.upload(owner, id, file == null ? null : file.getSubmittedFileName(), content);
      return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
          .entity(json(stored).build().toString())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String list(SecurityFileOwner owner, long id) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    files.of(owner, id).forEach(file -> items.add(json(file)));
    return JSON.createObjectBuilder().add("items", items).build().toString();
  }

  private Response download(SecurityFileOwner owner, long id, long fileId) {
    SecurityFiles.Download download = files.download(owner, id, fileId);
    SecurityFile file = download.file();
    return AttachmentsResource.bytes(
        download.path(), file.fileName(), file.contentType(), file.sha256(), file.size());
  }

  private static JsonObjectBuilder json(SecurityFile file) {
    return JSON.createObjectBuilder()
        .add("id", file.id())
        .add(file.owner().entity() + "Id", file.ownerId())
        .add("fileName", file.fileName())
        .add("contentType", file.contentType())
        .add("size", file.size())
        .add("sha256", file.sha256())
        .add("uploadedBy", file.uploadedBy())
        .add("uploadedAt", OffsetDateTime.ofInstant(file.uploadedAt(), Clocks.ZONE).toString());
  }
}
