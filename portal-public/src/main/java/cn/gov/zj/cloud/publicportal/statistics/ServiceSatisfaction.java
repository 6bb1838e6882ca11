package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23: per public service of a tenant, as citizens know it from 浙里办: the satisfaction and count
 * of its citizens' ratings, its monthly trend, and its bad-review rectification rate (called back
 * within 1 working day, rectified within 15, on the official calendar). Units' ratings of the
 * provider rate no service and never enter these figures. Every figure is read from counts kept as
 * the ratings arrive ({@code satisfaction_count}, V7; {@code rectification_count}, V8), never from
 * the ratings row by row. Counts only, nothing personal.
 */
@ApplicationScoped
public class ServiceSatisfaction {

  private static final String COUNTS =
      "select service_id, month, grade, sum(ratings) from satisfaction_count"
          + " where tenant_id = ? and kind = 'CITIZEN' and service_id = any(?)"
          + " and month >= ? and month < ? group by 1, 2, 3";

  private final Clock clock = Clock.systemUTC();

  @Inject private Transactions transactions;

  /** Art. 23: one page of the tenant's listed services, by name, with the period's figures. */
  public ServicePage page(Tenant tenant, StatisticsPeriod period, int page, int size) {
    return transactions.read(
        tenant,
        "read the services' satisfaction",
        c -> {
          List<ServiceFigures> listed = listed(c, tenant, (long) page * size, size);
          return new ServicePage(figures(c, tenant, listed, period), total(c, tenant));
        });
  }

  /** Art. 23: a listed service's year, month by month; empty for an unknown or unlisted one. */
  public Optional<ServiceTrend> trend(Tenant tenant, long serviceId, Year year) {
    StatisticsPeriod period = StatisticsPeriod.year(year);
    return transactions.read(
        tenant,
        "read a service's trend",
        c -> {
          Optional<ServiceFigures> service = service(c, tenant, serviceId);
          if (service.isEmpty()) {
            return Optional.empty();
          }
          Map<YearMonth, Satisfaction> months = monthly(c, tenant, serviceId, period);
          List<MonthFigures> trend =
              Arrays.stream(Month.values())
                  .map(m -> year.atMonth(m))
                  .map(m -> new MonthFigures(m, months.getOrDefault(m, none())))
                  .toList();
          ServiceFigures figures = figures(c, tenant, List.of(service.get()), period).get(0);
          return Optional.of(new ServiceTrend(figures, trend));
        });
  }

  /** Art. 23: the rectification of every citizen's bad review in the tenant and period. */
  public RectificationRate rectification(Tenant tenant, StatisticsPeriod period) {
    return transactions.read(
        tenant,
        "measure rectification",
        c ->
            RectificationCounts.perService(c, tenant, period, Optional.empty(), clock.instant())
                .values()
                .stream()
                .reduce(RectificationRate.NONE, RectificationRate::plus));
  }

  private static Satisfaction none() {
    return new Satisfaction(Map.of());
  }

  private List<ServiceFigures> figures(
      Connection c, Tenant tenant, List<ServiceFigures> services, StatisticsPeriod period)
      throws SQLException {
    Long[] ids = services.stream().map(ServiceFigures::serviceId).toArray(Long[]::new);
    Map<Long, Satisfaction> counts = new HashMap<>();
    try (PreparedStatement query = c.prepareStatement(COUNTS)) {
      bindCounts(c, query, tenant, ids, period);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Satisfaction one =
              new Satisfaction(Map.of(Grade.valueOf(rows.getString(3)), rows.getLong(4)));
          counts.merge(rows.getLong(1), one, Satisfaction::plus);
        }
      }
    }
    Map<Long, RectificationRate> rates =
        RectificationCounts.perService(c, tenant, period, Optional.of(ids), clock.instant());
    return services.stream()
        .map(
            s ->
                new ServiceFigures(
                    s.serviceId(),
                    s.name(),
                    s.unitName(),
                    counts.getOrDefault(s.serviceId(), none()),
                    rates.getOrDefault(s.serviceId(), RectificationRate.NONE)))
        .toList();
  }

  private static Map<YearMonth, Satisfaction> monthly(
      Connection c, Tenant tenant, long serviceId, StatisticsPeriod period) throws SQLException {
    Map<YearMonth, Satisfaction> months = new HashMap<>();
    try (PreparedStatement query = c.prepareStatement(COUNTS)) {
      bindCounts(c, query, tenant, new Long[] {serviceId}, period);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          YearMonth month = YearMonth.from(rows.getDate(2).toLocalDate());
          Satisfaction one =
              new Satisfaction(Map.of(Grade.valueOf(rows.getString(3)), rows.getLong(4)));
          months.merge(month, one, Satisfaction::plus);
        }
      }
    }
    return months;
  }

  private static void bindCounts(
      Connection c, PreparedStatement query, Tenant tenant, Long[] ids, StatisticsPeriod period)
      throws SQLException {
    query.setString(1, tenant.id().value());
    query.setArray(2, c.createArrayOf("bigint", ids));
    query.setDate(3, period.firstMonth());
    query.setDate(4, period.endMonth());
  }

  private static List<ServiceFigures> listed(Connection c, Tenant tenant, long offset, int limit)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "select service_id, name, unit_name from public_service where tenant_id = ?"
                + " and listed order by name, service_id offset ? limit ?")) {
      query.setString(1, tenant.id().value());
      query.setLong(2, offset);
      query.setInt(3, limit);
      return services(query);
    }
  }

  private static Optional<ServiceFigures> service(Connection c, Tenant tenant, long serviceId)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "select service_id, name, unit_name from public_service where tenant_id = ?"
                + " and service_id = ? and listed")) {
      query.setString(1, tenant.id().value());
      query.setLong(2, serviceId);
      return services(query).stream().findFirst();
    }
  }

  private static List<ServiceFigures> services(PreparedStatement query) throws SQLException {
    List<ServiceFigures> services = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        services.add(
            new ServiceFigures(
                rows.getLong(1),
                rows.getString(2),
                Optional.ofNullable(rows.getString(3)),
                none(),
                RectificationRate.NONE));
      }
    }
    return services;
  }

  private static long total(Connection c, Tenant tenant) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("select count(*) from public_service where tenant_id = ? and listed")) {
      query.setString(1, tenant.id().value());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
