package cn.gov.zj.cloud.publicportal.statistics;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.RatingKind;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Numbers;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.util.Optional;

/**
 * Art. 23: a tenant's public satisfaction as JSON, citizens' and units' ratings counted apart.
 *
 * <ul>
 *   <li>{@code GET /api/v1/tenants/<t>/satisfaction?month=YYYY-MM|year=YYYY} → {@code {"total",
 *       "byGrade", "satisfactionRate", "badReviewRate"} } of the citizens' ratings (as before, now
 *       without the units'), {@code "citizens"} and {@code "units"} apart, the citizens' {@code
 *       "rectification"} and the {@code "consultations"}; the current month (Beijing) without one.
 *   <li>{@code GET .../satisfaction/services?month=|year=&page=&size=} → the listed services with
 *       their citizens' figures and rectification, paged.
 *   <li>{@code GET .../satisfaction/services/<id>?year=YYYY} → one service's year and its twelve
 *       months.
 * </ul>
 *
 * Art. 25: a bad month, year, page or size is 400 naming it; an unknown service 404.
 */
@Path("tenants/{tenant}/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SatisfactionResource {

  private static final int DEFAULT_SIZE = 20;

  @Inject private Statistics statistics;
  @Inject private ServiceSatisfaction services;
  @Inject private TenantDirectory tenants;

  @GET
  public String period(
      @PathParam("tenant") String tenantId,
      @QueryParam("month") String month,
      @QueryParam("year") String year) {
    Tenant tenant = tenant(tenantId);
    Violations violations = new Violations();
    StatisticsPeriod period = StatisticsPeriod.of(month, year, violations);
    violations.throwIfAny();
    Satisfaction citizens = statistics.satisfaction(tenant, RatingKind.CITIZEN, period);
    JsonObjectBuilder json = head(tenant, period);
    SatisfactionJson.into(json, citizens);
    return json.add("citizens", SatisfactionJson.of(citizens))
        .add(
            "units",
            SatisfactionJson.of(statistics.satisfaction(tenant, RatingKind.PROVIDER, period)))
        .add("rectification", SatisfactionJson.of(services.rectification(tenant, period)))
        .add("consultations", replies(statistics.replyTimes(tenant, period)))
        .build()
        .toString();
  }

  @GET
  @Path("services")
  public String services(
      @PathParam("tenant") String tenantId,
      @QueryParam("month") String month,
      @QueryParam("year") String year,
      @QueryParam("page") String pageText,
      @QueryParam("size") String sizeText) {
    Tenant tenant = tenant(tenantId);
    Violations violations = new Violations();
    StatisticsPeriod period = StatisticsPeriod.of(month, year, violations);
    int page = Numbers.page(pageText, violations);
    int size = Numbers.size(sizeText, DEFAULT_SIZE, Numbers.MAX_PAGE_SIZE, violations);
    violations.throwIfAny();
    ServicePage listing = services.page(tenant, period, page, size);
    JsonArrayBuilder items = JSON.createArrayBuilder();
    listing.items().forEach(service -> items.add(service(service)));
    return head(tenant, period)
        .add("items", items)
        .add("total", listing.total())
        .add("page", page)
        .build()
        .toString();
  }

  @GET
  @Path("services/{service}")
  public String trend(
      @PathParam("tenant") String tenantId,
      @PathParam("service") String serviceText,
      @QueryParam("year") String yearText) {
    Tenant tenant = tenant(tenantId);
    Violations violations = new Violations();
    Year year = year(yearText, violations);
    violations.throwIfAny();
    ServiceTrend trend =
        serviceId(serviceText)
            .flatMap(id -> services.trend(tenant, id, year))
            .orElseThrow(NotFoundException::new);
    JsonArrayBuilder months = JSON.createArrayBuilder();
    trend
        .months()
        .forEach(
            m -> months.add(SatisfactionJson.of(m.citizens()).add("month", m.month().toString())));
    return head(tenant, StatisticsPeriod.year(year))
        .add("service", service(trend.year()))
        .add("months", months)
        .build()
        .toString();
  }

  private Tenant tenant(String tenantId) {
    return tenants.find(tenantId).orElseThrow(NotFoundException::new);
  }

  private static JsonObjectBuilder head(Tenant tenant, StatisticsPeriod period) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("tenant", tenant.id().value());
    return period.isYear() ? json.add("year", period.label()) : json.add("month", period.label());
  }

  private static JsonObjectBuilder service(ServiceFigures service) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("serviceId", service.serviceId())
            .add("name", service.name());
    service.unitName().ifPresent(unit -> json.add("unitName", unit));
    return json.add("citizens", SatisfactionJson.of(service.citizens()))
        .add("rectification", SatisfactionJson.of(service.rectification()));
  }

  /** YYYY from 2000 to 2100; this year (Beijing) without one. */
  static Year year(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return Year.now(StatisticsPeriod.BEIJING);
    }
    Optional<Year> year = StatisticsPeriod.parseYear(text);
    if (year.isEmpty()) {
      violations.add("year", "validation.notAYear");
    }
    return year.orElseGet(() -> Year.now(StatisticsPeriod.BEIJING));
  }

  /** A service id names a service only as a positive whole number; anything else is none. */
  private static Optional<Long> serviceId(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  private static JsonObjectBuilder replies(ReplyTimes replies) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("received", replies.received())
            .add("answered", replies.answered());
    replies
        .medianHours()
        .ifPresentOrElse(
            h -> json.add("medianReplyHours", h), () -> json.addNull("medianReplyHours"));
    replies
        .averageHours()
        .ifPresentOrElse(
            h -> json.add("averageReplyHours", h), () -> json.addNull("averageReplyHours"));
    return json;
  }
}
