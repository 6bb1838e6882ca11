package cn.gov.zj.cloud.privateportal.fault.rest;

import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.fault.Fault;
import cn.gov.zj.cloud.privateportal.fault.FaultFilter;
import cn.gov.zj.cloud.privateportal.fault.FaultRules;
import cn.gov.zj.cloud.privateportal.fault.Faults;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rest.PageJson;
import cn.gov.zj.cloud.privateportal.rest.QueryFlag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * Art. 13: faults over REST: a unit reports one ({@code POST}, 201 with its due times), everyone
 * concerned lists and reads them; Art. 25: the tenant's targets ({@code .../faults/targets}).
 */
@Path("tenants/{tenant}/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsResource {

  private static final Set<String> FIELDS = Set.of("systemId", "severity", "title", "description");

  @Inject private Faults faults;
  @Inject private FaultRules rules;
  @Inject private FaultJson view;

  /** Art. 13: a fault of one of the unit's systems in production; 400 names each invalid field. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(String body, @Context UriInfo uri) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Fault fault =
        faults.report(
            json.id("systemId"),
            json.enumValue("severity", Severity.class),
            json.text("title"),
            json.text("description"),
            violations);
    return Response.created(uri.getAbsolutePathBuilder().path(fault.getId().toString()).build())
        .entity(view.detail(fault.getId()).toString())
        .build();
  }

  @GET
  @Path("{id:[0-9]+}")
  public String get(@PathParam("id") long id) {
    return view.detail(id).toString();
  }

  /** Art. 13: the faults the caller may see, the soonest resolution due first unless sorted. */
  @GET
  public String list(
      @QueryParam("state") String state,
      @QueryParam("severity") String severity,
      @QueryParam("overdue") String overdue,
      @QueryParam("systemId") String systemId,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q) {
    Violations violations = new Violations();
    FaultFilter filter =
        new FaultFilter(
            constant("state", state, FaultState.class, violations),
            constant("severity", severity, Severity.class, violations),
            QueryFlag.of("overdue", overdue, violations),
            id(systemId, violations));
    PageRequest request =
        PageRequest.parse(
            page, size, sort, q, Faults.SORTABLE.keySet(), "resolutionDue", violations);
    violations.throwIfAny();
    return PageJson.of(faults.list(filter, request), fault -> view.summary(fault).build())
        .toString();
  }

  /** Art. 25: the fault targets in force in the tenant. */
  @GET
  @Path("targets")
  public String targets() {
    return FaultJson.targets(rules.targets()).toString();
  }

  /**
   * Art. 25: the tenant administrator sets shorter targets, e.g. {@code {"P1.response": 10}} (in
   * the unit of each default; those left out keep it); 400 for any longer than the province's.
   */
  @PUT
  @Path("targets")
  @Consumes(MediaType.APPLICATION_JSON)
  public String changeTargets(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, Set.of("targets"), violations);
    var amounts = json.integers("targets");
    violations.throwIfAny();
    return FaultJson.targets(rules.change(amounts)).toString();
  }

  private static <E extends Enum<E>> E constant(
      String field, String text, Class<E> type, Violations violations) {
    return text == null || text.isBlank()
        ? null
        : cn.gov.zj.cloud.domain.validation.Texts.constant(field, text, type, violations);
  }

  private static Long id(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(text.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    violations.add("systemId", "validation.notANumber");
    return null;
  }
}
