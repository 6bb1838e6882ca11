package cn.gov.zj.cloud.privateportal.application.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Art. 6, 8–12: {@code GET /api/v1/tenants/<t>/inbox?page=&size=&sort=&q=}: what waits for the
 * caller, soonest due (overdue) first, with the working days left and what they may do now.
 */
@Path("tenants/{tenant}/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lifecycle", description = "Art. 6–12: the application lifecycle")
@Transactional
@TenantBound
public class InboxResource {

  @Inject private Applications applications;
  @Inject private ApplicationJson view;
  @Inject private CurrentActor actor;

  @GET
  @Operation(
      summary = "What waits for the caller",
      description = "overdue and soonest due first; workingDaysLeft and the actions allowed now")
  public String inbox(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q) {
    PageRequest request =
        PageRequest.strict(page, size, sort, q, Applications.SORTABLE.keySet(), "dueDate");
    Page<CloudApplication> found = applications.inbox(request);
    Map<Long, String> names =
        applications.systemNames(
            found.items().stream().map(CloudApplication::getSystemId).distinct().toList());
    return PageJson.of(found, application -> item(application, names)).toString();
  }

  private JsonObject item(CloudApplication application, Map<Long, String> names) {
    JsonArrayBuilder actions = JSON.createArrayBuilder();
    Lifecycle.allowed(application.getState(), actor.get().roles()).stream()
        .map(Action::restName)
        .forEach(actions::add);
    return view.summary(application)
        .add("systemName", names.getOrDefault(application.getSystemId(), ""))
        .add("actions", actions)
        .build();
  }
}
