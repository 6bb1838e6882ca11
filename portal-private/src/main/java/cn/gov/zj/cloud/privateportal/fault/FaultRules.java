package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.FaultSchedule;
import cn.gov.zj.cloud.domain.fault.FaultTargets;
import cn.gov.zj.cloud.domain.fault.OfficeHours;
import cn.gov.zj.cloud.domain.fault.WorkingClock;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.rules.LocalAmounts;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 13, Art. 25: the fault targets in force for the actor's tenant (the provincial defaults, or
 * the tenant's shorter ones, which its administrator sets) and the working clock they run on: the
 * official calendar and the office hours of {@code ZJ_OFFICE_HOURS} (default 08:30-17:30). A change
 * applies to faults reported after it; a reported fault keeps its due times.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class FaultRules {

  private static final Logger LOG = Logger.getLogger(FaultRules.class.getName());

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private WorkingCalendar calendar;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ZJ_OFFICE_HOURS", defaultValue = "08:30-17:30")
  String officeHours;

  /** Art. 13: the schedule of a fault reported now in the actor's tenant. */
  public FaultSchedule schedule() {
    return new FaultSchedule(targets(), workingClock());
  }

  /** Art. 13: the working clock (official calendar, office hours). */
  public WorkingClock workingClock() {
    return new WorkingClock(calendar.current(), hours());
  }

  /** Art. 25: the targets in force in the actor's tenant. */
  public FaultTargets targets() {
    FaultTargets local =
        LocalAmounts.load(em, "fault_targets", "targets", actor.get().tenant().id().value())
            .map(amounts -> FaultTargets.local(amounts, new Violations()))
            .orElse(null);
    return local == null ? FaultTargets.provincial() : local;
  }

  /**
   * Art. 25: the tenant administrator sets the tenant's targets, shorter than the provincial ones
   * or equal ({@code {"P1.response": 10}}; a severity left out keeps the provincial default).
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException naming each refused target
   */
  public FaultTargets change(Map<String, Integer> amounts) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Violations violations = new Violations();
    FaultTargets local = FaultTargets.local(amounts, violations);
    violations.throwIfAny();
    FaultTargets before = targets();
    LocalAmounts.store(
        em,
        "fault_targets",
        "targets",
        who.tenant().id().value(),
        local.shortened(),
        clock.instant(),
        who.username());
    audit.record(
        who,
        AuditAction.FAULT_TARGETS_CHANGE,
        "fault-targets",
        who.tenant().id().value(),
        before.shortened(),
        local.shortened());
    return local;
  }

  private OfficeHours hours() {
    return OfficeHours.parse(officeHours)
        .orElseGet(
            () -> {
              LOG.warning(() -> "ZJ_OFFICE_HOURS is not HH:mm-HH:mm; using " + OfficeHours.DEFAULT);
              return OfficeHours.DEFAULT;
            });
  }
}
