package cn.gov.zj.cloud.domain.services;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 14, Art. 25: the provider's service targets: the response to a service request within so
 * many working days of the official calendar (provincial default 1), and at least so many training
 * sessions per quarter and tenant (default 1). A local rule may make them stricter (a shorter
 * response, more sessions), never looser: {@link #inForce} keeps the stricter of each.
 */
public record ServiceTargets(WorkingDays response, int sessionsPerQuarter) {

  /** Art. 14: the provincial defaults. */
  public static final ServiceTargets PROVINCIAL = new ServiceTargets(WorkingDays.of(1), 1);

  /** A tenant may ask at most this many sessions a quarter. */
  public static final int MAX_SESSIONS_PER_QUARTER = 30;

  /** The field naming the response target, in working days (REST, pages, audit). */
  public static final String RESPONSE = "responseWorkingDays";

  /** The field naming the sessions a quarter. */
  public static final String SESSIONS = "sessionsPerQuarter";

  public ServiceTargets {
    Objects.requireNonNull(response, "response");
    if (sessionsPerQuarter < 1 || sessionsPerQuarter > MAX_SESSIONS_PER_QUARTER) {
      throw new IllegalArgumentException("sessions per quarter 1 to 30, was " + sessionsPerQuarter);
    }
  }

  /**
   * Art. 25: the targets in force with a tenant's local rule, if any: the shorter response and the
   * larger number of sessions; a local rule that is looser on either keeps the provincial value.
   */
  public static ServiceTargets inForce(ServiceTargets provincial, Optional<ServiceTargets> local) {
    return local
        .map(
            own ->
                new ServiceTargets(
                    own.response().isLongerThan(provincial.response())
                        ? provincial.response()
                        : own.response(),
                    Math.max(own.sessionsPerQuarter(), provincial.sessionsPerQuarter())))
        .orElse(provincial);
  }

  /**
   * Art. 25: a tenant's local rule by field ({@code {"responseWorkingDays": 0,
   * "sessionsPerQuarter": 2}}); a field left out (or null) keeps the provincial value. Null when
   * anything is wrong, each fault named in {@code violations}: an unknown field, a response longer
   * than the provincial one or below 0, fewer sessions than the provincial number or more than
   * {@link #MAX_SESSIONS_PER_QUARTER}.
   */
  public static ServiceTargets local(Map<String, Integer> values, Violations violations) {
    Objects.requireNonNull(values, "values");
    values.keySet().stream()
        .filter(field -> !RESPONSE.equals(field) && !SESSIONS.equals(field))
        .forEach(field -> violations.addOnce(field, "validation.unknownField"));
    int response = Objects.requireNonNullElse(values.get(RESPONSE), PROVINCIAL.response().value());
    int sessions =
        Objects.requireNonNullElse(values.get(SESSIONS), PROVINCIAL.sessionsPerQuarter());
    if (response < WorkingDays.MIN) {
      violations.addOnce(
          RESPONSE, "validation.outOfRange", WorkingDays.MIN, PROVINCIAL.response().value());
    } else if (response > PROVINCIAL.response().value()) {
      violations.addOnce(
          RESPONSE, "rules.limit.longerThanProvincial", PROVINCIAL.response().value());
    }
    if (sessions < PROVINCIAL.sessionsPerQuarter()) {
      violations.addOnce(
          SESSIONS, "services.target.fewerThanProvincial", PROVINCIAL.sessionsPerQuarter());
    } else if (sessions > MAX_SESSIONS_PER_QUARTER) {
      violations.addOnce(
          SESSIONS,
          "validation.outOfRange",
          PROVINCIAL.sessionsPerQuarter(),
          MAX_SESSIONS_PER_QUARTER);
    }
    return violations.isEmpty() ? new ServiceTargets(WorkingDays.of(response), sessions) : null;
  }

  /** The targets by field, in order: for REST, pages and the audit record. */
  public Map<String, Integer> values() {
    Map<String, Integer> values = new LinkedHashMap<>();
    values.put(RESPONSE, response.value());
    values.put(SESSIONS, sessionsPerQuarter);
    return values;
  }

  /**
   * Art. 14: the response is due at 24:00 (Beijing) of the N-th working day after the day the
   * request was made; provisional past the loaded years of the calendar.
   */
  public DueDate responseDue(OfficialCalendar calendar, Instant opened) {
    return calendar.dueDate(OfficialCalendar.dateOf(opened), response);
  }
}
