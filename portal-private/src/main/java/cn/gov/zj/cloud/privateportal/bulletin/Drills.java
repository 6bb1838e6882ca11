package cn.gov.zj.cloud.privateportal.bulletin;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Art. 19: the provider's yearly emergency drill: recorded by the provider once held (scenario,
 * date, participants, result), read by the tenant's staff.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Drills {

  public static final int MAX_SCENARIO = 500;
  public static final int MAX_PARTICIPANTS = 2000;
  public static final int MAX_RESULT = 4000;

  private static final String COLUMNS =
      "id, year, scenario, held_on, participants, result, recorded_by, recorded_at";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 19: records a drill held (the provider only); held in its year and not in the future. */
  public DrillView record(DrillDraft draft) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    Violations violations = new Violations();
    String scenario = Texts.requiredLine("scenario", draft.scenario(), MAX_SCENARIO, violations);
    String participants =
        Texts.required("participants", draft.participants(), MAX_PARTICIPANTS, violations);
    String result = Texts.required("result", draft.result(), MAX_RESULT, violations);
    held(draft, violations);
    violations.throwIfAny();
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into drill (tenant_id, year, scenario, held_on, participants, result,"
                        + " recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        + " returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, draft.year())
                .setParameter(3, scenario)
                .setParameter(4, Date.valueOf(draft.heldOn()))
                .setParameter(5, participants)
                .setParameter(6, result)
                .setParameter(7, who.displayName())
                .setParameter(8, Timestamp.from(clock.instant()))
                .getSingleResult();
    audit.record(
        who,
        AuditAction.DRILL_RECORD,
        "drill",
        id,
        null,
        Map.of("year", draft.year(), "heldOn", draft.heldOn().toString(), "scenario", scenario));
    return list(draft.year()).stream()
        .filter(d -> d.id() == id.longValue())
        .findFirst()
        .orElseThrow();
  }

  /** Art. 19: the drills of a year, in the order held. */
  public List<DrillView> list(int year) {
    actor.get().require(Role.tenantStaff());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from drill where tenant_id = ?1 and year = ?2 order by held_on, id")
            .setParameter(1, actor.get().tenant().id().value())
            .setParameter(2, year)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DrillView(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).intValue(),
                    (String) r[2],
                    ((Date) r[3]).toLocalDate(),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    ((Timestamp) r[7]).toInstant()))
        .toList();
  }

  /** Art. 19: one drill of the tenant; 404 otherwise. */
  public DrillView get(long id) {
    actor.get().require(Role.tenantStaff());
    @SuppressWarnings("unchecked")
    List<Number> years =
        em.createNativeQuery("select year from drill where id = ?1 and tenant_id = ?2")
            .setParameter(1, id)
            .setParameter(2, actor.get().tenant().id().value())
            .getResultList();
    return years.stream()
        .flatMap(year -> list(year.intValue()).stream())
        .filter(drill -> drill.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFound("drill", id));
  }

  private void held(DrillDraft draft, Violations violations) {
    if (draft.year() == null) {
      violations.addOnce("year", "validation.required");
    }
    if (draft.heldOn() == null) {
      violations.addOnce("heldOn", "validation.required");
      return;
    }
    LocalDate today = OfficialCalendar.dateOf(clock.instant());
    if (draft.heldOn().isAfter(today)) {
      violations.add("heldOn", "drill.heldOn.future");
    } else if (draft.year() != null && draft.heldOn().getYear() != draft.year()) {
      violations.add("heldOn", "drill.heldOn.otherYear", draft.year());
    }
  }
}
