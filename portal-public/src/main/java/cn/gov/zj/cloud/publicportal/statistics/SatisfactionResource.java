package cn.gov.zj.cloud.publicportal.statistics;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Art. 23: {@code GET /api/v1/tenants/<t>/satisfaction?month=YYYY-MM} → {@code {"total", "byGrade",
 * "satisfactionRate", "consultations"}}; the current month (Beijing time) without one.
 */
@Path("tenants/{tenant}/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SatisfactionResource {

  @Inject private Statistics statistics;
  @Inject private TenantDirectory tenants;

  @GET
  public String month(@PathParam("tenant") String tenantId, @QueryParam("month") String text) {
    Tenant tenant = tenants.find(tenantId).orElseThrow(NotFoundException::new);
    YearMonth month = month(text);
    Satisfaction satisfaction = statistics.satisfaction(tenant, month);
    ReplyTimes replies = statistics.replyTimes(tenant, month);
    JsonObjectBuilder byGrade = JSON.createObjectBuilder();
    for (Grade grade : Grade.values()) {
      byGrade.add(grade.name(), satisfaction.byGrade().get(grade));
    }
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("tenant", tenant.id().value())
            .add("month", month.toString())
            .add("total", satisfaction.total())
            .add("byGrade", byGrade);
    satisfaction
        .rate()
        .ifPresentOrElse(
            rate -> json.add("satisfactionRate", rate), () -> json.addNull("satisfactionRate"));
    return json.add("consultations", replies(replies)).build().toString();
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

  /** YYYY-MM, or this month in Beijing; anything else is 400 naming {@code month}. */
  static YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      return YearMonth.now(ZoneId.of("Asia/Shanghai"));
    }
    try {
      if (text.strip().matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    new Violations().add("month", "validation.notAMonth").throwIfAny();
    return null;
  }
}
