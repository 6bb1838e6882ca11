package cn.gov.zj.cloud.publicportal.web.statistics;

import cn.gov.zj.cloud.publicportal.statistics.MonthFigures;
import cn.gov.zj.cloud.publicportal.statistics.ServiceSatisfaction;
import cn.gov.zj.cloud.publicportal.statistics.ServiceTrend;
import cn.gov.zj.cloud.publicportal.statistics.StatisticsPeriod;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Art. 23: the page {@code /t/<tenant>/statistics/<service>?year=YYYY}: one listed service's year
 * as citizens know it from 浙里办: satisfaction and count, the monthly trend as a chart drawn on the
 * server (the portal's policy allows no inline script or style) with the same figures in a table,
 * and its bad-review rectification rate. An unknown or unlisted service is 404; an invalid year
 * shows this year with a notice.
 */
@Named("serviceStatistics")
@RequestScoped
public class ServiceStatistics {

  /** The chart's drawing: one column per month, 100 units high at a rate of 100 %. */
  static final int COLUMN = 40;

  static final int TOP = 20;

  static final int HEIGHT = 100;

  @Inject private Visit visit;
  @Inject private ServiceSatisfaction services;

  private String requestedService;
  private String requestedYear;
  private Year year;
  private boolean invalid;
  private ServiceTrend trend;

  /** The view action: the service's year asked for, or this one; 404 for no such service. */
  public void load() {
    Optional<Year> parsed = StatisticsPeriod.parseYear(requestedYear);
    invalid = requestedYear != null && !requestedYear.isBlank() && parsed.isEmpty();
    year = parsed.orElse(Year.now(ZoneId.of("Asia/Shanghai")));
    Optional<Long> id =
        Optional.ofNullable(requestedService)
            .filter(text -> text.matches("[1-9][0-9]{0,17}"))
            .map(Long::valueOf);
    trend = id.flatMap(service -> services.trend(visit.tenant(), service, year)).orElse(null);
    visit.requireFound(trend);
  }

  /** Whether the service is listed (otherwise the page is 404 and says so). */
  public boolean isFound() {
    return trend != null;
  }

  public String getName() {
    return trend.year().name();
  }

  public String getUnitName() {
    return trend.year().unitName().orElse(null);
  }

  public long getTotal() {
    return trend.year().citizens().total();
  }

  public String getRatePercent() {
    return Percent.text(trend.year().citizens().rate());
  }

  public String getBadReviewPercent() {
    return Percent.text(trend.year().citizens().badReviewRate());
  }

  public long getBadReviews() {
    return trend.year().rectification().badReviews();
  }

  public long getOpen() {
    return trend.year().rectification().open();
  }

  public String getCallbackPercent() {
    return Percent.text(trend.year().rectification().callbackRate());
  }

  public String getRectifiedPercent() {
    return Percent.text(trend.year().rectification().rectificationRate());
  }

  /** Art. 23: the twelve months, each a column of the chart and a row of the table. */
  public List<MonthColumn> getMonths() {
    List<MonthFigures> months = trend.months();
    return IntStream.range(0, months.size())
        .mapToObj(i -> MonthColumn.of(i, months.get(i)))
        .toList();
  }

  public String getYear() {
    return year.toString();
  }

  public String getPrevious() {
    return link(year.minusYears(1));
  }

  public String getNext() {
    return link(year.plusYears(1));
  }

  private String link(Year other) {
    return visit.getBase() + "statistics/" + trend.year().serviceId() + "?year=" + other;
  }

  /** The tenant's statistics: this month in this year, the last month of a year gone by. */
  public String getBack() {
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    YearMonth month = year.getValue() == now.getYear() ? now : year.atMonth(12);
    return visit.getBase() + "statistics?month=" + month;
  }

  /** The same figures as JSON. */
  public String getJsonLink() {
    return visit.getApi() + "satisfaction/services/" + trend.year().serviceId() + "?year=" + year;
  }

  public boolean isInvalid() {
    return invalid;
  }

  public String getRequestedService() {
    return requestedService;
  }

  public void setRequestedService(String requestedService) {
    this.requestedService = requestedService;
  }

  public String getRequestedYear() {
    return requestedYear;
  }

  public void setRequestedYear(String requestedYear) {
    this.requestedYear = requestedYear;
  }

  /**
   * Art. 23: one month of the trend: its count and rate, and where its column is drawn (x, y and
   * height in the chart's units; a month without ratings draws none).
   */
  public record MonthColumn(
      String month, int number, long total, String ratePercent, int x, int y, int height) {

    static MonthColumn of(int index, MonthFigures figures) {
      BigDecimal percent = Percent.of(figures.citizens().rate());
      int height = percent == null ? 0 : percent.setScale(0, RoundingMode.HALF_UP).intValue();
      return new MonthColumn(
          figures.month().toString(),
          figures.month().getMonthValue(),
          figures.citizens().total(),
          Percent.text(figures.citizens().rate()),
          index * COLUMN + 8,
          TOP + HEIGHT - height,
          height);
    }

    /** Where the column's label sits, centred below it. */
    public int getLabelX() {
      return x + COLUMN / 2 - 4;
    }
  }
}
