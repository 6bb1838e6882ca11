package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.assessment.Efficiency;
import cn.gov.zj.cloud.domain.assessment.Rate;
import cn.gov.zj.cloud.domain.assessment.SecurityStatus;
import cn.gov.zj.cloud.domain.supervision.Adoption;
import cn.gov.zj.cloud.domain.usage.Advisor;
import cn.gov.zj.cloud.domain.usage.UsageRules;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.inspection.UnitFindings;
import cn.gov.zj.cloud.privateportal.supervision.AdoptionCounts;
import cn.gov.zj.cloud.privateportal.usage.UsageRulesStore;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongFunction;

/**
 * Art. 22: the figures of a tenant's units in one year, read in the tenant's row scope: adoption
 * ({@link AdoptionCounts}), efficiency from the monthly reports' advice (every month of the year
 * that has begun, judged as the report judges it), and security (findings, officers, bulletins,
 * drills).
 */
final class UnitFigures {

  private final EntityManager em;
  private final String tenant;
  private final int year;
  private final YearMonth lastMonth;

  UnitFigures(EntityManager em, String tenant, int year, YearMonth current) {
    this.em = em;
    this.tenant = tenant;
    this.year = year;
    this.lastMonth = current.getYear() == year ? current : YearMonth.of(year, 12);
  }

  /** Every unit of the tenant that is not retired, by name. */
  List<UnitAssessment.Figures> all(LongFunction<UnitFindings> findings) {
    Map<Long, Adoption> adoption = AdoptionCounts.byUnit(em);
    Map<Long, long[]> officers = officers();
    Map<Long, Long> read = bulletinsRead();
    long bulletins = count("select count(*) from bulletin where tenant_id = ?1 and month like ?2");
    List<String> drills = drills();
    Map<Long, Efficiency> efficiency = efficiency(UsageRulesStore.inForce(em, tenant));
    @SuppressWarnings("unchecked")
    List<Object[]> units =
        em.createNativeQuery(
                "select id, name, credit_code from using_unit where tenant_id = ?1"
                    + " and retired_at is null order by name, id")
            .setParameter(1, tenant)
            .getResultList();
    return units.stream()
        .map(
            row -> {
              long id = ((Number) row[0]).longValue();
              String name = (String) row[1];
              UnitFindings open = findings.apply(id);
              long[] named = officers.getOrDefault(id, new long[2]);
              SecurityStatus security =
                  new SecurityStatus(
                      new Rate(open.open() - open.overdue(), open.open()),
                      new Rate(named[0], named[1]),
                      new Rate(read.getOrDefault(id, 0L), bulletins),
                      new Rate(
                          drills.stream().filter(p -> p.contains(name)).count(), drills.size()));
              return new UnitAssessment.Figures(
                  id,
                  name,
                  (String) row[2],
                  adoption.getOrDefault(id, Adoption.none()),
                  efficiency.getOrDefault(id, Efficiency.none()),
                  security);
            })
        .toList();
  }

  /**
   * Art. 22, 15: per unit, the year's line-months of its allocated lines judged by the monthly
   * advice ({@link Advisor#kind}), as every month's report judges them, read at once for every
   * unit: the line-months as summarised once per month ({@link LineMonths}; the p95 by nearest
   * rank, as {@code LineMonth}), the allocations once.
   */
  private Map<Long, Efficiency> efficiency(UsageRules rules) {
    Map<LineMonths.Key, LineMonths.Figures> figures =
        new LineMonths(em, tenant, rules).through(lastMonth);
    @SuppressWarnings("unchecked")
    List<Object[]> allocated =
        em.createNativeQuery(
                "select id, unit_id, allocated_plan from application where tenant_id = ?1"
                    + " and allocated_plan is not null and state <> 'TERMINATED'")
            .setParameter(1, tenant)
            .getResultList();
    Map<Long, Efficiency> efficiency = new HashMap<>();
    LineMonths.Figures none = new LineMonths.Figures(0, 0, 0);
    for (Object[] row : allocated) {
      long application = ((Number) row[0]).longValue();
      List<ResourceLine> lines = PlanJson.read((String) row[2]).lines();
      long[] counts = new long[4];
      for (int line = 0; line < lines.size(); line++) {
        for (int month = 1; month <= lastMonth.getMonthValue(); month++) {
          LineMonths.Figures f =
              figures.getOrDefault(new LineMonths.Key(application, line, month), none);
          OptionalDouble p95 =
              f.days() == 0 ? OptionalDouble.empty() : OptionalDouble.of(f.cpuP95());
          counts[0]++;
          Advisor.kind(lines.get(line), f.days(), f.idle(), p95, rules)
              .ifPresent(
                  kind -> {
                    switch (kind) {
                      case NO_DATA -> counts[1]++;
                      case IDLE -> counts[2]++;
                      case OVER_PROVISIONED -> counts[3]++;
                      default -> {}
                    }
                  });
        }
      }
      efficiency.merge(
          ((Number) row[1]).longValue(),
          new Efficiency(counts[0], counts[1], counts[2], counts[3]),
          Efficiency::plus);
    }
    return efficiency;
  }

  /** Art. 18: per unit, its systems on the cloud with a named officer account, and all of them. */
  private Map<Long, long[]> officers() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select unit_id, count(*) filter (where security_officer_account is not null),"
                    + " count(*) from app_system where tenant_id = ?1 and retired_at is null"
                    + " and cloud_status = 'ON_CLOUD' group by unit_id")
            .setParameter(1, tenant)
            .getResultList();
    Map<Long, long[]> counts = new HashMap<>();
    rows.forEach(
        row ->
            counts.put(
                ((Number) row[0]).longValue(),
                new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    return counts;
  }

  /** Art. 19: per unit, the year's bulletins read by some of its staff. */
  private Map<Long, Long> bulletinsRead() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.unit_id, count(distinct r.bulletin_id) from bulletin_read r"
                    + " join bulletin b on b.id = r.bulletin_id where b.tenant_id = ?1"
                    + " and b.month like ?2 and r.unit_id is not null group by r.unit_id")
            .setParameter(1, tenant)
            .setParameter(2, year + "-%")
            .getResultList();
    Map<Long, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    return counts;
  }

  /** Art. 19: the participants of each of the year's drills. */
  @SuppressWarnings("unchecked")
  private List<String> drills() {
    return em.createNativeQuery("select participants from drill where tenant_id = ?1 and year = ?2")
        .setParameter(1, tenant)
        .setParameter(2, year)
        .getResultList();
  }

  private long count(String sql) {
    return ((Number)
            em.createNativeQuery(sql)
                .setParameter(1, tenant)
                .setParameter(2, year + "-%")
                .getSingleResult())
        .longValue();
  }
}
