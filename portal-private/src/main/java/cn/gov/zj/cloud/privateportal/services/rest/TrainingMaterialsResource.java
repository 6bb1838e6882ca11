package cn.gov.zj.cloud.privateportal.services.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.services.TrainingMaterial;
import cn.gov.zj.cloud.privateportal.services.TrainingMaterials;
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
 * Art. 14: {@code POST .../trainings/<id>/materials} (multipart: {@code file}, the provider) → 201
 * with the id, size and SHA-256; the list; and downloads for those who may read them (unit staff
 * once their unit registered), access-checked and audited, as for applications.
 */
@Path("tenants/{tenant}/trainings/{id:[0-9]+}/materials")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingMaterialsResource {

  @Inject private TrainingMaterials materials;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("id") long id, @Context HttpServletRequest request, @Context UriInfo uri) {
    TrainingMaterial stored =
        AttachmentsResource.keepFile(
            request, (name, content) -> materials.upload(id, name, content));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
        .entity(json(stored).build().toString())
        .build();
  }

  @GET
  public String list(@PathParam("id") long id) {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    materials.of(id).forEach(file -> items.add(json(file)));
    return JSON.createObjectBuilder().add("items", items).build().toString();
  }

  /** The bytes as stored, under their checked media type, always as a download. */
  @GET
  @Path("{material:[0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("material") long materialId) {
    TrainingMaterials.Download download = materials.download(id, materialId);
    TrainingMaterial file = download.material();
    return AttachmentsResource.bytes(
        download.file(), file.fileName(), file.contentType(), file.sha256(), file.sizeBytes());
  }

  private static JsonObjectBuilder json(TrainingMaterial file) {
    return JSON.createObjectBuilder()
        .add("id", file.id())
        .add("sessionId", file.sessionId())
        .add("fileName", file.fileName())
        .add("contentType", file.contentType())
        .add("size", file.sizeBytes())
        .add("sha256", file.sha256())
        .add("uploadedBy", file.uploadedBy())
        .add("uploadedAt", ServicesJson.time(file.uploadedAt()));
  }
}
