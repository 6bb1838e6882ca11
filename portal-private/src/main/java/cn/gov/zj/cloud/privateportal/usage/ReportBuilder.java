package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.usage.Advice;
import cn.gov.zj.cloud.domain.usage.Advisor;
import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.domain.usage.LineMonth;
import cn.gov.zj.cloud.domain.usage.UsageRules;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 15: builds one unit's monthly report from the allocations, the samples and the O&M sources,
 * under the caller's row scope (a request's tenant, or the monthly job's).
 */
public final class ReportBuilder {

  private ReportBuilder() {}

  /** One allocated application of the unit. */
  private record Allocated(long applicationId, long systemId, String systemName, String plan) {}

  private record LineKey(long applicationId, int line) {}

  public static UtilizationReport build(
      EntityManager em,
      String tenant,
      long unitId,
      YearMonth month,
      UsageRules rules,
      Instant now,
      List<OperationsSource> sources) {
    Object[] unit = unit(em, unitId);
    List<Allocated> allocated = allocated(em, unitId);
    Map<LineKey, List<DailySample>> samples = samples(em, tenant, unitId, month);
    List<UtilizationReport.SystemUsage> systems = new ArrayList<>();
    List<Advice> advice = new ArrayList<>();
    for (Allocated application : allocated) {
      List<ResourceLine> lines = PlanJson.read(application.plan()).lines();
      List<UtilizationReport.LineUsage> usage = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        LineMonth figures =
            new LineMonth(
                samples.getOrDefault(new LineKey(application.applicationId(), i), List.of()));
        usage.add(new UtilizationReport.LineUsage(i, lines.get(i), figures));
        Advisor.advise(application.applicationId(), i, lines.get(i), figures, rules)
            .ifPresent(advice::add);
      }
      systems.add(
          new UtilizationReport.SystemUsage(
              application.systemId(),
              application.systemName(),
              application.applicationId(),
              usage));
    }
    List<Long> ids = allocated.stream().map(Allocated::applicationId).toList();
    List<OperationsFigure> operations = new ArrayList<>();
    sources.stream()
        .sorted(Comparator.comparingInt(OperationsSource::order))
        .forEach(source -> operations.addAll(source.figures(em, tenant, unitId, ids, month)));
    return new UtilizationReport(
        tenant,
        unitId,
        (String) unit[0],
        (String) unit[1],
        month,
        now,
        rules,
        systems,
        operations,
        advice);
  }

  private static Object[] unit(EntityManager em, long unitId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select name, credit_code from using_unit where id = ?1")
            .setParameter(1, unitId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("unit", unitId);
    }
    return rows.get(0);
  }

  /** Art. 15: the unit's applications holding an allocation, by system name. */
  private static List<Allocated> allocated(EntityManager em, long unitId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.system_id, s.name, a.allocated_plan from application a"
                    + " join app_system s on s.id = a.system_id where a.unit_id = ?1"
                    + " and a.allocated_plan is not null and a.state <> 'TERMINATED'"
                    + " order by s.name, a.id")
            .setParameter(1, unitId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Allocated(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }

  private static Map<LineKey, List<DailySample>> samples(
      EntityManager em, String tenant, long unitId, YearMonth month) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select u.application_id, u.line, u.day, u.cpu_avg_pct, u.cpu_p95_pct,"
                    + " u.mem_avg_pct, u.disk_used_gib, u.bandwidth_p95_mbps from usage_sample u"
                    + " join application a on a.id = u.application_id and a.unit_id = ?2"
                    + " where u.tenant_id = ?1 and u.day >= ?3 and u.day <= ?4"
                    + " order by u.application_id, u.line, u.day")
            .setParameter(1, tenant)
            .setParameter(2, unitId)
            .setParameter(3, Date.valueOf(month.atDay(1)))
            .setParameter(4, Date.valueOf(month.atEndOfMonth()))
            .getResultList();
    Map<LineKey, List<DailySample>> samples = new HashMap<>();
    for (Object[] row : rows) {
      DailySample sample =
          new DailySample(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).intValue(),
              ((Date) row[2]).toLocalDate(),
              ((Number) row[3]).doubleValue(),
              ((Number) row[4]).doubleValue(),
              ((Number) row[5]).doubleValue(),
              ((Number) row[6]).doubleValue(),
              ((Number) row[7]).doubleValue());
      samples
          .computeIfAbsent(
              new LineKey(sample.applicationId(), sample.line()), k -> new ArrayList<>())
          .add(sample);
    }
    return samples;
  }
}
