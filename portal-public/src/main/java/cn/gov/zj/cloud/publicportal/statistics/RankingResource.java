package cn.gov.zj.cloud.publicportal.statistics;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.SatisfactionRanking;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Art. 23 (晾晒): {@code GET /api/v1/satisfaction/ranking?month=YYYY-MM|year=YYYY} → {@code
 * {"month"|"year", "tenants": [{"tenant", "rank", "citizens": {…}, "units": {…}}]}}: every tenant
 * ranked by its citizens' satisfaction rate, units' ratings beside; {@code rank} null without
 * citizens' ratings. Art. 25: a bad month or year is 400 naming it.
 */
@Path("satisfaction/ranking")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RankingResource {

  @Inject private CityRanking ranking;

  @GET
  public String ranking(@QueryParam("month") String month, @QueryParam("year") String year) {
    Violations violations = new Violations();
    StatisticsPeriod period = StatisticsPeriod.of(month, year, violations);
    violations.throwIfAny();
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (SatisfactionRanking.Entry entry : ranking.of(period)) {
      JsonObjectBuilder line = JSON.createObjectBuilder().add("tenant", entry.tenant());
      entry.rank().ifPresentOrElse(r -> line.add("rank", r), () -> line.addNull("rank"));
      lines.add(
          line.add("citizens", SatisfactionJson.of(entry.citizens()))
              .add("units", SatisfactionJson.of(entry.units())));
    }
    return JSON.createObjectBuilder()
        .add(period.isYear() ? "year" : "month", period.label())
        .add("tenants", lines)
        .build()
        .toString();
  }
}
