package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.assessment.AssessmentPeriod;
import cn.gov.zj.cloud.domain.assessment.Availability;
import cn.gov.zj.cloud.domain.assessment.Rate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Art. 23: the provider's figures of a period per tenant, each a grouped count over the rows the
 * caller's row scope shows (its tenant, or every tenant for the province). The period runs from its
 * first day 00:00 to the day after its last (Beijing); a period still running ends now.
 */
final class ProviderQueries {

  /** Art. 9, 11, 12: the lifecycle steps the provider performs. */
  static final List<String> PROVIDER_STEPS =
      Arrays.stream(Step.values())
          .filter(step -> step.owner() == Role.PROVIDER_OPERATOR)
          .map(Step::name)
          .toList();

  private final EntityManager em;
  private final AssessmentPeriod period;
  private final Timestamp from;
  private final Timestamp until;
  private final LocalDate lastPassedDue;
  private final Map<String, Rate> steps = new HashMap<>();
  private final Map<String, Rate> responses = new HashMap<>();
  private final Map<String, Rate> resolutions = new HashMap<>();
  private final Map<String, Map<Grade, Long>> grades = new HashMap<>();
  private final Map<String, Long> outage = new HashMap<>();
  private final Map<String, Long> service = new HashMap<>();
  private final Map<String, Long> performance = new HashMap<>();
  private final Map<String, Long> security = new HashMap<>();

  ProviderQueries(EntityManager em, AssessmentPeriod period, Instant now) {
    this.em = em;
    this.period = period;
    this.from = Timestamp.from(period.first().atStartOfDay(Clocks.ZONE).toInstant());
    Instant end = period.last().plusDays(1).atStartOfDay(Clocks.ZONE).toInstant();
    this.until = Timestamp.from(end.isAfter(now) ? now : end);
    LocalDate yesterday = OfficialCalendar.dateOf(now).minusDays(1);
    this.lastPassedDue = period.last().isBefore(yesterday) ? period.last() : yesterday;
  }

  /** Every tenant in scope with a figure, by id. */
  List<ProviderFigures> tenants() {
    steps();
    faults();
    satisfaction();
    serviceMinutes();
    securityIncidents();
    Set<String> tenants = new TreeSet<>();
    for (Map<String, ?> figure :
        List.of(steps, responses, resolutions, grades, outage, service, performance, security)) {
      tenants.addAll(figure.keySet());
    }
    return tenants.stream().map(this::figures).toList();
  }

  private ProviderFigures figures(String tenant) {
    return new ProviderFigures(
        tenant,
        steps.getOrDefault(tenant, Rate.none()),
        responses.getOrDefault(tenant, Rate.none()),
        resolutions.getOrDefault(tenant, Rate.none()),
        new Satisfaction(grades.getOrDefault(tenant, Map.of())),
        new Availability(outage.getOrDefault(tenant, 0L), service.getOrDefault(tenant, 0L)),
        performance.getOrDefault(tenant, 0L),
        security.getOrDefault(tenant, 0L));
  }

  /**
   * Art. 9, 11, 12: the provider's steps closed in the period (met or not, as the history records)
   * and its steps still open whose due date in the period has passed (late).
   */
  private void steps() {
    String names = PROVIDER_STEPS.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
    for (Object[] row :
        rows(
            "select tenant_id, count(*) filter (where j -> 'closedStep' ->> 'met' = 'true'),"
                + " count(*) from (select tenant_id, case when details like '{%closedStep%' then"
                + " cast(details as jsonb) end as j from application_event where occurred_at >= ?1"
                + " and occurred_at < ?2) closed where j -> 'closedStep' ->> 'step' in ("
                + names
                + ") group by tenant_id",
            from,
            until)) {
      steps.put((String) row[0], new Rate(n(row[1]), n(row[2])));
    }
    for (Object[] row :
        rows(
            "select tenant_id, count(*) from application where step in ("
                + names
                + ") and due_date >= ?1 and due_date <= ?2 group by tenant_id",
            Date.valueOf(period.first()),
            Date.valueOf(lastPassedDue))) {
      steps.merge((String) row[0], new Rate(0, n(row[1])), Rate::plus);
    }
  }

  /**
   * Art. 13: faults reported in the period: responses and resolutions within their targets, of
   * those done or due by the period's end; P1/P2 faults and their outage minutes.
   */
  private void faults() {
    for (Object[] row :
        rows(
            "select tenant_id,"
                + " count(*) filter (where acknowledged_at <= response_due),"
                + " count(*) filter (where acknowledged_at is not null or response_due < ?2),"
                + " count(*) filter (where resolved_at <= resolution_due),"
                + " count(*) filter (where resolved_at is not null or resolution_due < ?2),"
                + " count(*) filter (where severity in ('P1', 'P2')),"
                + " coalesce(sum(extract(epoch from least(coalesce(resolved_at, ?2), ?2)"
                + " - reported_at)) filter (where severity in ('P1', 'P2')), 0)"
                + " from fault where reported_at >= ?1 and reported_at < ?2 group by tenant_id",
            from,
            until)) {
      String tenant = (String) row[0];
      responses.put(tenant, new Rate(n(row[1]), n(row[2])));
      resolutions.put(tenant, new Rate(n(row[3]), n(row[4])));
      performance.put(tenant, n(row[5]));
      outage.put(tenant, n(row[6]) / 60);
    }
  }

  /** Art. 23: the units' first ratings of the provider in the period, by grade. */
  private void satisfaction() {
    for (Object[] row :
        rows(
            "select tenant_id, grade, count(*) from service_rating where kind = 'PROVIDER'"
                + " and follow_up_of is null and rated_at >= ?1 and rated_at < ?2"
                + " group by tenant_id, grade",
            from,
            until)) {
      grades
          .computeIfAbsent((String) row[0], t -> new EnumMap<>(Grade.class))
          .put(Grade.valueOf((String) row[1]), n(row[2]));
    }
  }

  /** Art. 23: the minutes of the period so far times the systems holding an allocation. */
  private void serviceMinutes() {
    long minutes = Math.max(0, Duration.between(from.toInstant(), until.toInstant()).toMinutes());
    for (Object[] row :
        rows(
            "select tenant_id, count(distinct system_id) from application where allocated_plan"
                + " is not null and state <> 'TERMINATED' group by tenant_id")) {
      service.put((String) row[0], n(row[1]) * minutes);
    }
  }

  /** Art. 17: high-severity inspection findings recorded in the period. */
  private void securityIncidents() {
    for (Object[] row :
        rows(
            "select tenant_id, count(*) from finding where severity = 'HIGH' and recorded_at >= ?1"
                + " and recorded_at < ?2 group by tenant_id",
            from,
            until)) {
      security.put((String) row[0], n(row[1]));
    }
  }

  /** Rows of {@code sql} with its parameters ?1, ?2, … */
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static long n(Object value) {
    return ((Number) value).longValue();
  }
}
