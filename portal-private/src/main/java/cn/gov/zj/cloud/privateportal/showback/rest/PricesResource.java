package cn.gov.zj.cloud.privateportal.showback.rest;

import cn.gov.zj.cloud.domain.showback.PriceChange;
import cn.gov.zj.cloud.domain.showback.PriceItem;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.showback.PriceBook;
import cn.gov.zj.cloud.privateportal.showback.Showbacks;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 21, Art. 25: {@code /api/v1/tenants/<t>/prices}: the showback price catalogue (GET: the
 * provincial and the tenant's entries and the prices in force today); the province administrator
 * sets provincial prices ({@code POST prices/provincial}), a tenant administrator lowers them for
 * the tenant ({@code POST prices/local}; a higher price is 400 naming {@code prices.<ITEM>}). The
 * body: {@code {"effectiveFrom": "2027-01-01", "prices": {"VCPU_MONTH": "85.00"}}}, amounts as
 * strings or JSON numbers, read exactly.
 */
@Path("tenants/{tenant}/prices")
@Produces(MediaType.APPLICATION_JSON)
public class PricesResource {

  private static final Set<String> FIELDS = Set.of("effectiveFrom", "prices");

  private static final Set<String> ITEMS =
      Arrays.stream(PriceItem.values()).map(PriceItem::name).collect(Collectors.toSet());

  @Inject private PriceBook prices;
  @Inject private Showbacks showbacks;

  @GET
  public String get() {
    return ShowbackJson.of(prices.catalogue(), showbacks.today()).toString();
  }

  @POST
  @Path("provincial")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response provincial(String body) {
    return created(prices.setProvincial(change(body)));
  }

  @POST
  @Path("local")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response local(String body) {
    return created(prices.lowerLocal(change(body)));
  }

  static PriceChange change(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    String effectiveFrom = json.text("effectiveFrom");
    JsonInput given = json.object("prices", ITEMS);
    Map<String, String> amounts = new LinkedHashMap<>();
    if (given != null) {
      for (PriceItem item : PriceItem.values()) {
        String amount = given.decimal(item.name());
        if (amount != null) {
          amounts.put(item.name(), amount);
        }
      }
    }
    PriceChange change =
        violations.isEmpty() ? PriceChange.from(effectiveFrom, amounts, violations) : null;
    violations.throwIfAny();
    return change;
  }

  private static Response created(PriceChange change) {
    return Response.status(Response.Status.CREATED)
        .entity(ShowbackJson.of(change).toString())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
