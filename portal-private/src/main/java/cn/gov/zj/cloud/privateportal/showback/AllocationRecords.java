package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.showback.AllocationHistory;
import cn.gov.zj.cloud.domain.showback.AllocationPeriod;
import cn.gov.zj.cloud.domain.showback.SystemAllocation;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 10–12, Art. 21: a unit's allocations over time, read from what the lifecycle recorded: each
 * application that was ever allocated, and its history's final approval (with the plan given then,
 * else the approved one), changes asked (their plan) and executed, and reclamation. An application
 * without a recorded final approval (seeded in production) counts from its creation with its
 * allocation. Read under the caller's row scope.
 */
final class AllocationRecords {

  private static final String APPLICATIONS =
      "select a.id, a.system_id, s.name, a.created_at, coalesce(a.approved_plan, a.allocated_plan)"
          + " from application a join app_system s on s.id = a.system_id"
          + " where a.unit_id = ?1 and a.allocated_plan is not null order by s.name, s.id, a.id";

  private static final String EVENTS =
      "select e.application_id, e.action, e.occurred_at, e.details from application_event e"
          + " join application a on a.id = e.application_id where a.unit_id = ?1"
          + " and a.allocated_plan is not null and e.action in"
          + " ('final-approve', 'request-change', 'execute-change', 'reclaim')"
          + " order by e.application_id, e.id";

  private AllocationRecords() {}

  /** The unit's systems with the periods of their allocations, by system name. */
  static List<SystemAllocation> of(EntityManager em, long unitId) {
    List<Object[]> applications = rows(em, APPLICATIONS, unitId);
    Map<Long, ResourcePlan> approved = new LinkedHashMap<>();
    applications.forEach(
        row -> approved.put(((Number) row[0]).longValue(), PlanJson.read((String) row[4])));
    Map<Long, List<AllocationHistory.Event>> events = events(em, unitId, approved);
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, List<AllocationPeriod>> periods = new LinkedHashMap<>();
    for (Object[] row : applications) {
      long application = ((Number) row[0]).longValue();
      long system = ((Number) row[1]).longValue();
      List<AllocationHistory.Event> history =
          new ArrayList<>(events.getOrDefault(application, List.of()));
      if (history.stream().noneMatch(AllocationHistory.Activated.class::isInstance)) {
        history.add(
            0,
            new AllocationHistory.Activated(
                OfficialCalendar.dateOf(((Timestamp) row[3]).toInstant()),
                approved.get(application)));
      }
      names.put(system, (String) row[2]);
      periods
          .computeIfAbsent(system, id -> new ArrayList<>())
          .addAll(AllocationHistory.replay(history));
    }
    return names.entrySet().stream()
        .map(e -> new SystemAllocation(e.getKey(), e.getValue(), periods.get(e.getKey())))
        .toList();
  }

  private static Map<Long, List<AllocationHistory.Event>> events(
      EntityManager em, long unitId, Map<Long, ResourcePlan> approved) {
    Map<Long, List<AllocationHistory.Event>> events = new LinkedHashMap<>();
    for (Object[] row : rows(em, EVENTS, unitId)) {
      long application = ((Number) row[0]).longValue();
      LocalDate day = OfficialCalendar.dateOf(((Timestamp) row[2]).toInstant());
      ResourcePlan plan = plan((String) row[3]);
      AllocationHistory.Event event =
          switch ((String) row[1]) {
            case "final-approve" ->
                new AllocationHistory.Activated(
                    day, plan == null ? approved.get(application) : plan);
            case "request-change" ->
                plan == null ? null : new AllocationHistory.ChangeAsked(day, plan);
            case "execute-change" -> new AllocationHistory.ChangeExecuted(day);
            default -> new AllocationHistory.Reclaimed(day);
          };
      if (event != null) {
        events.computeIfAbsent(application, id -> new ArrayList<>()).add(event);
      }
    }
    return events;
  }

  /** The plan an action's details carry, or null. */
  private static ResourcePlan plan(String details) {
    if (details == null) {
      return null;
    }
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(details))) {
      json = reader.readObject();
    }
    return json.containsKey("plan") && !json.isNull("plan")
        ? PlanJson.read(json.getJsonObject("plan").toString())
        : null;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(EntityManager em, String sql, long unitId) {
    return em.createNativeQuery(sql).setParameter(1, unitId).getResultList();
  }
}
