package cn.gov.zj.cloud.privateportal.fault.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.fault.FaultAttachment;
import cn.gov.zj.cloud.privateportal.fault.FaultAttachments;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * Art. 13: {@code POST .../faults/<id>/attachments} (multipart: {@code file}) → 201 with the id,
 * size and SHA-256; the list; and downloads, access-checked and audited, as for applications.
 */
@Path("tenants/{tenant}/faults/{id:[0-9]+}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class FaultAttachmentsResource {

  @Inject private FaultAttachments attachments;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("id") long id, @Context HttpServletRequest request, @Context UriInfo uri) {
    FaultAttachment stored =
        AttachmentsResource.keepFile(
            request, (name, content) -> attachments.upload(id, name, content));
    return Response.created(uri.getAbsolutePathBuilder().path(stored.getId().toString()).build())
        .entity(json(stored).build().toString())
        .build();
  }

  @GET
  public String list(@PathParam("id") long id) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    attachments.of(id).forEach(file -> items.add(json(file)));
    return JSON.createObjectBuilder().add("items", items).build().toString();
  }

  /** The bytes as stored, under their checked media type, always as a download. */
  @GET
  @Path("{attachment:[0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
    FaultAttachments.Download download = attachments.download(id, attachmentId);
    FaultAttachment file = download.attachment();
    return AttachmentsResource.bytes(
        download.file(),
        file.getFileName(),
        file.getContentType(),
        file.getSha256(),
        file.getSizeBytes());
  }

  private static JsonObjectBuilder json(FaultAttachment file) {
    return JSON.createObjectBuilder()
        .add("id", file.getId())
        .add("faultId", file.getFaultId())
        .add("fileName", file.getFileName())
        .add("contentType", file.getContentType())
        .add("size", file.getSizeBytes())
        .add("sha256", file.getSha256())
        .add("uploadedBy", file.getUploadedBy())
        .add("uploadedAt", FaultJson.time(file.getUploadedAt()));
  }
}
