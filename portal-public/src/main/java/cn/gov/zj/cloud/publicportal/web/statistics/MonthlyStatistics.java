package cn.gov.zj.cloud.publicportal.web.statistics;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.publicportal.statistics.ReplyTimes;
import cn.gov.zj.cloud.publicportal.statistics.Statistics;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Art. 23: the page {@code /t/<tenant>/statistics?month=YYYY-MM}: the month's ratings per grade,
 * the satisfaction rate and the consultations' reply times, published per tenant and month (the
 * current month in Beijing without one, or instead of an invalid one).
 */
@Named("monthly")
@RequestScoped
public class MonthlyStatistics {

  @Inject private Visit visit;
  @Inject private Statistics statistics;

  private String requested;
  private YearMonth month;
  private boolean invalid;
  private Satisfaction satisfaction;
  private ReplyTimes replies;

  /** The view action: the month asked for, or this one, counted. */
  public void load() {
    Optional<YearMonth> parsed = parse(requested);
    invalid = requested != null && !requested.isBlank() && parsed.isEmpty();
    month = parsed.orElse(YearMonth.now(ZoneId.of("Asia/Shanghai")));
    satisfaction = statistics.satisfaction(visit.tenant(), month);
    replies = statistics.replyTimes(visit.tenant(), month);
  }

  /** YYYY-MM, as the API takes it; empty for anything else. */
  static Optional<YearMonth> parse(String text) {
    if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
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

  /** Art. 23: the satisfaction rate in percent, e.g. {@code 87.50}; null without ratings. */
  public BigDecimal getRatePercent() {
    return satisfaction.rate().map(rate -> rate.movePointRight(2)).orElse(null);
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

  /** Art. 23: one grade's count and its share of the month's ratings, in whole percent. */
  public record GradeCount(Grade grade, long count, long percent) {

    static GradeCount of(Grade grade, long count, long total) {
      return new GradeCount(grade, count, total == 0 ? 0 : Math.round(100.0 * count / total));
    }
  }
}
