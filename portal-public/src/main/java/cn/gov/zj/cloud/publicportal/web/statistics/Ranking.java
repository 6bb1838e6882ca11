package cn.gov.zj.cloud.publicportal.web.statistics;

import cn.gov.zj.cloud.domain.feedback.SatisfactionRanking;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.statistics.CityRanking;
import cn.gov.zj.cloud.publicportal.statistics.StatisticsPeriod;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/**
 * Art. 23 (晾晒): the page {@code /t/<tenant>/ranking?month=YYYY-MM|year=YYYY}: every city's
 * citizens' satisfaction and bad-review rates in the month or year the visitor picks, ranked, the
 * units' ratings of the provider beside, the visitor's own city marked. An invalid choice shows
 * this month with a notice. Counts only.
 */
@Named("ranking")
@RequestScoped
public class Ranking {

  @Inject private Visit visit;
  @Inject private CityRanking ranking;
  @Inject private TenantDirectory tenants;

  private String requestedMonth;
  private String requestedYear;
  private StatisticsPeriod period;
  private boolean invalid;
  private List<Line> lines;

  /** The view action: the period asked for, or this month, ranked. */
  public void load() {
    Violations violations = new Violations();
    period = StatisticsPeriod.of(requestedMonth, requestedYear, violations);
    invalid = !violations.isEmpty();
    if (invalid) {
      period = StatisticsPeriod.thisMonth();
    }
    lines = ranking.of(period).stream().map(this::line).toList();
  }

  private Line line(SatisfactionRanking.Entry entry) {
    String name =
        tenants.find(entry.tenant()).map(t -> t.name(visit.locale())).orElse(entry.tenant());
    return new Line(
        entry.tenant(),
        name,
        entry.rank().orElse(null),
        entry.citizens().total(),
        Percent.text(entry.citizens().rate()),
        Percent.text(entry.citizens().badReviewRate()),
        entry.units().total(),
        Percent.text(entry.units().rate()),
        entry.tenant().equals(visit.tenant().id().value()));
  }

  public List<Line> getLines() {
    return lines;
  }

  /** The period shown, {@code 2026-11} or {@code 2026}. */
  public String getPeriod() {
    return period.label();
  }

  public boolean isYear() {
    return period.isYear();
  }

  /** The month in the month field: the one shown, or January of the year shown. */
  public String getMonth() {
    return period.isYear() ? period.label() + "-01" : period.label();
  }

  public String getYearValue() {
    return String.valueOf(YearMonth.from(period.start()).getYear());
  }

  public boolean isInvalid() {
    return invalid;
  }

  /** The same ranking as JSON. */
  public String getJsonLink() {
    return visit.getApi().replaceFirst("tenants/[^/]+/$", "")
        + "satisfaction/ranking?"
        + (period.isYear() ? "year=" : "month=")
        + period.label();
  }

  public String getRequestedMonth() {
    return requestedMonth;
  }

  public void setRequestedMonth(String requestedMonth) {
    this.requestedMonth = requestedMonth;
  }

  public String getRequestedYear() {
    return requestedYear;
  }

  public void setRequestedYear(String requestedYear) {
    this.requestedYear = requestedYear;
  }

  /** Art. 23: one city's line of the ranking; rank null without citizens' ratings. */
  public record Line(
      String tenant,
      String name,
      Integer rank,
      long total,
      String ratePercent,
      String badReviewPercent,
      long unitTotal,
      String unitRatePercent,
      boolean own) {}
}
