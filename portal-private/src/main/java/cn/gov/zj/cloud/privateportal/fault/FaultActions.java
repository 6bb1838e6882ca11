package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.FaultAction;
import cn.gov.zj.cloud.domain.fault.FaultLifecycle;
import cn.gov.zj.cloud.domain.fault.FaultOutcome;
import cn.gov.zj.cloud.domain.fault.Target;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.feedback.RatingInvitations;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 13: fires an action on a fault. The fault lifecycle decides (403, 409, 400, or a
 * transition); this stores it with the history entry and the audit record, tells the other side,
 * and on the first resolution invites the unit to rate the provider (Art. 23), all in one
 * transaction.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class FaultActions {

  /** Art. 23: the provider service event a fault's resolution is, as the public portal names it. */
  public static final String RATED_EVENT = "fault-resolved";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Faults faults;
  @Inject private FaultRules rules;
  @Inject private RatingInvitations invitations;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 13: fires {@code actionName} (its REST name) with its text, if it takes one. */
  public Fault fire(long id, String actionName, String text) {
    FaultAction action =
        FaultAction.ofName(actionName).orElseThrow(() -> new NotFound("action", actionName));
    Actor who = actor.get();
    Fault fault = faults.get(id);
    em.lock(fault, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(fault);
    Set<Role> roles =
        Arrays.stream(Role.values()).filter(who::has).collect(Collectors.toUnmodifiableSet());
    FaultOutcome outcome = FaultLifecycle.fire(fault.getState(), action, roles, text);
    if (outcome instanceof FaultOutcome.Refusal refusal) {
      throw new FaultRefused(refusal);
    }
    store(who, fault, (FaultOutcome.Transition) outcome);
    return fault;
  }

  private void store(Actor who, Fault fault, FaultOutcome.Transition transition) {
    Instant now = clock.instant();
    Map<String, Object> before = snapshot(fault);
    apply(fault, transition, now);
    fault.enter(transition.to(), now);
    em.persist(
        new FaultEvent(
            fault,
            now,
            who.username(),
            transition.action().restName(),
            transition.from().name(),
            transition.text()));
    audit.record(
        who,
        AuditAction.valueOf("FAULT_" + transition.action().name()),
        "fault",
        fault.getId(),
        before,
        snapshot(fault));
    tell(who, fault, transition.action(), now);
    if (transition.action() == FaultAction.RESOLVE && fault.getRatingInvitedAt() == null) {
      invitations.invite(
          fault.getApplicationId(), RATED_EVENT, "@fault.event.resolved", who.username());
      fault.ratingInvited(now);
    }
  }

  private void apply(Fault fault, FaultOutcome.Transition transition, Instant now) {
    switch (transition.action()) {
      case ACKNOWLEDGE -> fault.acknowledge(now);
      case RESOLVE -> fault.resolve(transition.text(), now);
      case CONFIRM -> fault.close(now);
      case REOPEN -> fault.reopen(rules.workingClock().due(now, resolutionTarget(fault)));
      case ESCALATE -> fault.escalate(now);
    }
  }

  /** Art. 13: the resolution target the fault was reported under (Art. 25: kept with it). */
  private static Target resolutionTarget(Fault fault) {
    return Target.parse(fault.getResolutionTarget())
        .orElseThrow(
            () -> new IllegalStateException("stored target " + fault.getResolutionTarget()));
  }

  /** Art. 13: the provider hears of the unit's actions, the unit of the provider's. */
  private void tell(Actor who, Fault fault, FaultAction action, Instant now) {
    List<Role> to =
        switch (action) {
          case ACKNOWLEDGE, RESOLVE -> FaultNotices.UNIT;
          case CONFIRM, REOPEN -> List.of(Role.PROVIDER_OPERATOR);
          case ESCALATE -> List.of(Role.PROVIDER_OPERATOR, Role.TENANT_ADMIN);
        };
    AppSystem system = em.find(AppSystem.class, fault.getSystemId());
    FaultNotices.write(
        em,
        fault,
        to,
        NotificationKind.FAULT_ACTION,
        List.of(
            fault.getId().toString(),
            system.getName(),
            "@" + action.nameKey(),
            "@" + fault.getState().nameKey()),
        "fault:" + fault.getId() + ":" + action.restName() + ":" + now.toEpochMilli(),
        who.username(),
        now);
  }

  private static Map<String, Object> snapshot(Fault fault) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("state", fault.getState().name());
    state.put("resolutionDue", fault.getResolutionDue().toString());
    if (fault.getResolution() != null) {
      state.put("resolution", fault.getResolution());
    }
    return state;
  }
}
