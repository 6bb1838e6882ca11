package cn.gov.zj.cloud.privateportal.notification.rest;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.notification.NoticeText;
import cn.gov.zj.cloud.privateportal.notification.Notification;
import cn.gov.zj.cloud.privateportal.notification.Notifications;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;

/**
 * Art. 8–12: {@code GET /api/v1/tenants/<t>/notifications?unread=true&page=&size=} (texts in the
 * caller's language), {@code POST .../notifications/<id>/read} and {@code POST
 * .../notifications/read} (all of the caller's unread ones).
 */
@Path("tenants/{tenant}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject private Notifications notifications;
  @Context private HttpHeaders headers;

  @GET
  public String list(
      @QueryParam("unread") String unread,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    boolean unreadOnly = unread != null && "true".equals(unread.strip());
    if (unread != null && !unreadOnly && !"false".equals(unread.strip())) {
      new Violations().add("unread", "validation.notABoolean").throwIfAny();
    }
    PageRequest request =
        PageRequest.strict(
            page, size, "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt");
    Page<Notification> found = notifications.mine(unreadOnly, request);
    Set<Long> read = notifications.read(found.items().stream().map(Notification::getId).toList());
    Locale locale = locale();
    return PageJson.of(found, notice -> item(notice, locale, read.contains(notice.getId())))
        .toString();
  }

  private static JsonObject item(Notification notice, Locale locale, boolean read) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (notice.getApplicationId() != null) {
      json.add("applicationId", notice.getApplicationId());
    }
    return json.add("id", notice.getId())
        .add("kind", notice.getKind().name())
        .add("role", notice.getRecipientRole())
        .add("message", NoticeText.render(locale, notice.getMessageKey(), notice.getArguments()))
        .add("createdAt", notice.getCreatedAt().toString())
        .add("read", read)
        .build();
  }

  @POST
  @Path("{id:[0-9]+}/read")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(id);
    return Response.noContent().build();
  }

  /** Art. 8–12: marks every unread notification of the caller read: {@code {"marked": n}}. */
  @POST
  @Path("read")
  public String markAllRead() {
    return Json.createObjectBuilder().add("marked", notifications.markAllRead()).build().toString();
  }

  private Locale locale() {
    return Messages.supported(
        headers.getAcceptableLanguages().isEmpty()
            ? null
            : headers.getAcceptableLanguages().get(0));
  }
}
