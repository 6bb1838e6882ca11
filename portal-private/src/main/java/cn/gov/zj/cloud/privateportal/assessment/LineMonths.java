package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.usage.UsageRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 22, 15: a tenant's line-months of a year as the monthly advice needs them (days reported,
 * idle days, the CPU p95 by nearest rank), read from the months summarised once (V27) instead of
 * the year's samples. A month not summarised under the idle rule in force is summarised here, under
 * the tenant-month's advisory lock; a month whose lock a writer holds is read from its samples.
 */
final class LineMonths {

  /** One allocated line in one month of the year. */
  record Key(long applicationId, int line, int month) {}

  /** What the monthly advice needs of a line-month. */
  record Figures(int days, long idle, double cpuP95) {}

  /** The line-months of a month, from its samples: tenant ?1, first day ?2, idle rule ?3, ?4. */
  private static final String FROM_SAMPLES =
      "select application_id, line, extract(month from cast(?2 as date))::int as month_no,"
          + " count(*) as days, count(*) filter (where cpu_p95_pct < ?3 and mem_avg_pct < ?4)"
          + " as idle_days, percentile_disc(0.95) within group (order by cpu_p95_pct)"
          + " as cpu_p95_pct from usage_sample"
          + " where tenant_id = ?1 and day >= ?2 and day < cast(?2 as date) + interval '1 month'"
          + " group by 1, 2";

  private final EntityManager em;
  private final String tenant;
  private final UsageRules rules;

  LineMonths(EntityManager em, String tenant, UsageRules rules) {
    this.em = em;
    this.tenant = tenant;
    this.rules = rules;
  }

  /** Every line-month from January of {@code last}'s year to {@code last}. */
  Map<Key, Figures> through(YearMonth last) {
    Map<Key, Figures> figures = new HashMap<>();
    List<YearMonth> settled = settled(last);
    for (YearMonth month = last.withMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
      if (!settled.contains(month) && !settle(month)) {
        put(figures, query(FROM_SAMPLES, month));
      }
    }
    put(figures, summarised(last));
    return figures;
  }

  /** The months of the year summarised under the idle rule in force. */
  private List<YearMonth> settled(YearMonth last) {
    @SuppressWarnings("unchecked")
    List<Object> months =
        year(
                "select to_char(month, 'YYYY-MM') from usage_month where tenant_id = ?1"
                    + " and month >= ?2 and month <= ?3 and idle_cpu_p95_pct = ?4"
                    + " and idle_mem_pct = ?5",
                last)
            .getResultList();
    return months.stream().map(m -> YearMonth.parse((String) m)).toList();
  }

  /** Summarises a month under its lock; false when a writer holds the lock. */
  private boolean settle(YearMonth month) {
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(27, hashtext(?1 || ' ' || ?2))")
            .setParameter(1, tenant)
            .setParameter(2, month.toString())
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return false;
    }
    update("delete from usage_month where tenant_id = ?1 and month = ?2", month);
    update(
        "insert into usage_month (tenant_id, month, idle_cpu_p95_pct, idle_mem_pct)"
            + " values (?1, ?2, ?3, ?4)",
        month);
    update(
        "insert into usage_line_month (tenant_id, month, application_id, line, days, idle_days,"
            + " cpu_p95_pct) select ?1, ?2, application_id, line, days, idle_days, cpu_p95_pct"
            + " from ("
            + FROM_SAMPLES
            + ") s",
        month);
    return true;
  }

  /**
   * The summarised line-months of the year under the idle rule in force (a month summarised under
   * another rule, which a writer kept from being summarised again, was read from its samples).
   */
  private List<Object[]> summarised(YearMonth last) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        year(
                "select l.application_id, l.line, extract(month from l.month)::int, l.days,"
                    + " l.idle_days, l.cpu_p95_pct from usage_line_month l join usage_month m"
                    + " using (tenant_id, month) where l.tenant_id = ?1 and l.month >= ?2"
                    + " and l.month <= ?3 and m.idle_cpu_p95_pct = ?4 and m.idle_mem_pct = ?5",
                last)
            .getResultList();
    return rows;
  }

  /** A query over the year up to {@code last}: tenant ?1, months ?2 to ?3, idle rule ?4, ?5. */
  private Query year(String sql, YearMonth last) {
    return em.createNativeQuery(sql)
        .setParameter(1, tenant)
        .setParameter(2, first(last.withMonth(1)))
        .setParameter(3, first(last))
        .setParameter(4, rules.idleCpuP95Pct())
        .setParameter(5, rules.idleMemPct());
  }

  private List<Object[]> query(String sql, YearMonth month) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bind(sql, month).getResultList();
    return rows;
  }

  private void update(String sql, YearMonth month) {
    bind(sql, month).executeUpdate();
  }

  private Query bind(String sql, YearMonth month) {
    Query query = em.createNativeQuery(sql).setParameter(1, tenant).setParameter(2, first(month));
    if (sql.contains("?3")) {
      query.setParameter(3, rules.idleCpuP95Pct()).setParameter(4, rules.idleMemPct());
    }
    return query;
  }

  private static void put(Map<Key, Figures> figures, List<Object[]> rows) {
    for (Object[] row : rows) {
      figures.put(
          new Key(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).intValue(),
              ((Number) row[2]).intValue()),
          new Figures(
              ((Number) row[3]).intValue(),
              ((Number) row[4]).longValue(),
              ((Number) row[5]).doubleValue()));
    }
  }

  private static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }
}
