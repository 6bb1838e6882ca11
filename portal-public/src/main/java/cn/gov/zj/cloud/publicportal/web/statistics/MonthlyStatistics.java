package cn.gov.zj.cloud.publicportal.web.statistics;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingKind;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.publicportal.statistics.ReplyTimes;
import cn.gov.zj.cloud.publicportal.statistics.ServiceFigures;
import cn.gov.zj.cloud.publicportal.statistics.ServicePage;
import cn.gov.zj.cloud.publicportal.statistics.ServiceSatisfaction;
import cn.gov.zj.cloud.publicportal.statistics.Statistics;
import cn.gov.zj.cloud.publicportal.statistics.StatisticsPeriod;
import cn.gov.zj.cloud.publicportal.web.PageLinks;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Art. 23: the page {@code /t/<tenant>/statistics?month=YYYY-MM&page=}: the month's citizens'
 * ratings per grade and satisfaction rate, the units' ratings apart, the bad reviews'
 * rectification, the listed services' figures (paged, each linking to its year), and the
 * consultations' reply times, published per tenant and month (the current month in Beijing without
 * one, or instead of an invalid one).
 */
@Named("monthly")
@RequestScoped
public class MonthlyStatistics {

  @Inject private Visit visit;

  /** Services per page of the services' table. */
  static final int PAGE_SIZE = 20;

  @Inject private Statistics statistics;
  @Inject private ServiceSatisfaction services;

  private String requested;
  private String requestedPage;
  private YearMonth month;
  private boolean invalid;
  private int page;
  private Satisfaction satisfaction;
  private Satisfaction units;
  private RectificationRate rectification;
  private ServicePage listing;
  private ReplyTimes replies;

  /** The view action: the month asked for, or this one, counted; one page of the services. */
  public void load() {
    Optional<YearMonth> parsed = StatisticsPeriod.parseMonth(requested);
    invalid = requested != null && !requested.isBlank() && parsed.isEmpty();
    month = parsed.orElse(YearMonth.now(ZoneId.of("Asia/Shanghai")));
    StatisticsPeriod period = StatisticsPeriod.month(month);
    satisfaction = statistics.satisfaction(visit.tenant(), RatingKind.CITIZEN, period);
    units = statistics.satisfaction(visit.tenant(), RatingKind.PROVIDER, period);
    rectification = services.rectification(visit.tenant(), period);
    replies = statistics.replyTimes(visit.tenant(), period);
    page = PageLinks.number(requestedPage);
    listing = services.page(visit.tenant(), period, page - 1, PAGE_SIZE);
    if (listing.items().isEmpty() && page > 1) {
      page = 1; // past the end: the first page says how many there are
      listing = services.page(visit.tenant(), period, 0, PAGE_SIZE);
    }
  }

  /** Art. 23: one bar per grade; its length is its share of all ratings of the month. */
  public List<GradeCount> getGrades() {
    long total = satisfaction.total();
    return Arrays.stream(Grade.values())
        .map(grade -> GradeCount.of(grade, satisfaction.byGrade().get(grade), total))
        .toList();
  }

  public long getTotal() {
    return satisfaction.total();
  }

  /** Art. 23: the citizens' satisfaction rate in percent, e.g. {@code 87.50}; null without any. */
  public BigDecimal getRatePercent() {
    return Percent.of(satisfaction.rate());
  }

  /** Art. 23: the citizens' bad-review rate in percent; null without ratings. */
  public String getBadReviewPercent() {
    return Percent.text(satisfaction.badReviewRate());
  }

  /** Art. 23: the units' ratings of the provider, counted apart from the citizens'. */
  public Satisfaction getUnits() {
    return units;
  }

  public BigDecimal getUnitsRatePercent() {
    return Percent.of(units.rate());
  }

  /** Art. 23 (差评整改): the month's bad reviews of citizens and how they were rectified. */
  public RectificationRate getRectification() {
    return rectification;
  }

  public String getCallbackPercent() {
    return Percent.text(rectification.callbackRate());
  }

  public String getRectifiedPercent() {
    return Percent.text(rectification.rectificationRate());
  }

  /** Art. 23: this page of the listed services with their month's figures. */
  public List<ServiceRow> getServices() {
    return listing.items().stream().map(ServiceRow::of).toList();
  }

  public long getServiceCount() {
    return listing.total();
  }

  /** Which page of the services is shown, of how many. */
  public PageLinks getPaging() {
    return new PageLinks(page, listing.total(), PAGE_SIZE);
  }

  /** The link to another page of the services, in the same month. */
  public String pageLink(int number) {
    return visit.getBase() + "statistics?month=" + month + "&page=" + number;
  }

  /** The link to a service's year, the year of the month shown. */
  public String serviceLink(long serviceId) {
    return visit.getBase() + "statistics/" + serviceId + "?year=" + month.getYear();
  }

  /** The link to the ranking of every city, the same month. */
  public String getRankingLink() {
    return visit.getBase() + "ranking?month=" + month;
  }

  public ReplyTimes getReplies() {
    return replies;
  }

  /** Art. 23: the share of the month's consultations that have a reply, in whole percent. */
  public long getAnsweredPercent() {
    return replies.received() == 0
        ? 0
        : Math.round(100.0 * replies.answered() / replies.received());
  }

  public Double getMedianHours() {
    return replies.medianHours().orElse(null);
  }

  public Double getAverageHours() {
    return replies.averageHours().orElse(null);
  }

  public String getMonth() {
    return month.toString();
  }

  public String getPrevious() {
    return month.minusMonths(1).toString();
  }

  public String getNext() {
    return month.plusMonths(1).toString();
  }

  public boolean isInvalid() {
    return invalid;
  }

  /** The same numbers as JSON: {@code GET /api/v1/tenants/<t>/satisfaction?month=}. */
  public String getJsonLink() {
    return visit.getApi() + "satisfaction?month=" + month;
  }

  public String getRequested() {
    return requested;
  }

  public void setRequested(String requested) {
    this.requested = requested;
  }

  public String getRequestedPage() {
    return requestedPage;
  }

  public void setRequestedPage(String requestedPage) {
    this.requestedPage = requestedPage;
  }

  /** Art. 23: one service's line: its citizens' count, rates in percent, bad reviews. */
  public record ServiceRow(
      long id,
      String name,
      String unitName,
      long total,
      String ratePercent,
      String badReviewPercent,
      long badReviews,
      String callbackPercent,
      String rectifiedPercent) {

    static ServiceRow of(ServiceFigures service) {
      return new ServiceRow(
          service.serviceId(),
          service.name(),
          service.unitName().orElse(null),
          service.citizens().total(),
          Percent.text(service.citizens().rate()),
          Percent.text(service.citizens().badReviewRate()),
          service.rectification().badReviews(),
          Percent.text(service.rectification().callbackRate()),
          Percent.text(service.rectification().rectificationRate()));
    }
  }

  /** Art. 23: one grade's count and its share of the month's ratings, in whole percent. */
  public record GradeCount(Grade grade, long count, long percent) {

    static GradeCount of(Grade grade, long count, long total) {
      return new GradeCount(grade, count, total == 0 ? 0 : Math.round(100.0 * count / total));
    }
  }
}
