package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ActionContext;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.application.Materials;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.application.StepStart;
import cn.gov.zj.cloud.domain.application.TrialLimits;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.rules.RuleInForce;
import cn.gov.zj.cloud.domain.rules.RuleOrigin;
import cn.gov.zj.cloud.domain.rules.RuleWording;
import cn.gov.zj.cloud.domain.rules.RulesInForce;
import cn.gov.zj.cloud.domain.rules.StatutoryStep;
import cn.gov.zj.cloud.domain.rules.TrialBounds;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.rules.DeadlineRuleBook;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.terms.TermsAcceptances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 6–12: fires a lifecycle action on an application. The lifecycle decides (403, 409, 400, or a
 * transition); this stores the transition with the step it starts, its rule in force (Art. 25) and
 * its due date on the official calendar, the history entry and the audit record, all in one
 * transaction.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ApplicationActions {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Applications applications;
  @Inject private DeadlineRuleBook ruleBook;
  @Inject private WorkingCalendar calendar;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<ActionFired> fired;
  @Inject private TermsAcceptances terms;

  /** Art. 6–12: fires {@code actionName} (its REST name) with the actor's input. */
  public CloudApplication fire(long applicationId, String actionName, ActionInput input) {
    Action action = Action.ofName(actionName).orElseThrow(() -> new NotFound("action", actionName));
    Actor who = actor.get();
    CloudApplication application = applications.get(applicationId);
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(application);
    RulesInForce rules = ruleBook.inForceNow();
    List<ApplicationAttachment> attached = materialsOf(application, action);
    Outcome.Transition transition = decide(who, application, action, input, rules, attached);
    store(who, application, transition, rules, attached);
    return application;
  }

  /**
   * Art. 7–12: whether the action would be fired now with this input, refusing as {@link #fire}
   * would (403, 409, 400 naming each missing field and material), storing nothing: the wizard's
   * check before its last step.
   */
  public void check(long applicationId, Action action, ActionInput input) {
    CloudApplication application = applications.get(applicationId);
    decide(
        actor.get(),
        application,
        action,
        input,
        ruleBook.inForceNow(),
        materialsOf(application, action));
  }

  /**
   * Art. 7, 9, 11, 12: the materials checklist of the action now, as its declaration gives it for
   * the system's MLPS level: each kind required, or required if the change is major, and whether an
   * upload of that kind counts.
   */
  public List<MaterialCheck> checklist(long applicationId, Action action) {
    CloudApplication application = applications.get(applicationId);
    Set<AttachmentKind> present =
        materialsOf(application, action).stream()
            .map(ApplicationAttachment::getKind)
            .collect(Collectors.toSet());
    MlpsLevel level = mlpsLevel(application);
    Set<AttachmentKind> required = action.input().materials(level, false);
    Set<AttachmentKind> ifMajor = EnumSet.noneOf(AttachmentKind.class);
    ifMajor.addAll(action.input().materials(level, true));
    ifMajor.removeAll(required);
    List<MaterialCheck> checks = new ArrayList<>();
    required.forEach(kind -> checks.add(new MaterialCheck(kind, present.contains(kind), false)));
    ifMajor.forEach(kind -> checks.add(new MaterialCheck(kind, present.contains(kind), true)));
    return checks;
  }

  private Outcome.Transition decide(
      Actor who,
      CloudApplication application,
      Action action,
      ActionInput input,
      RulesInForce rules,
      List<ApplicationAttachment> attached) {
    ActionContext context =
        new ActionContext(
            mlpsLevel(application),
            PlanJson.read(current(application)),
            step -> rules.step(StatutoryStep.valueOf(step.name())).limit(),
            trialLimits(rules.trial().bounds()),
            withMaterials(input, materials(application, action, attached)));
    Outcome outcome = Lifecycle.fire(application.getState(), action, who.roles(), context);
    if (outcome instanceof Outcome.Refusal refusal) {
      throw new ActionRefused(refusal);
    }
    if (action == Action.SUBMIT) {
      terms.requireAccepted(application.getUnitId());
    }
    if (outcome instanceof Outcome.Invalid invalid) {
      throw invalid.toException();
    }
    return (Outcome.Transition) outcome;
  }

  private void store(
      Actor who,
      CloudApplication application,
      Outcome.Transition transition,
      RulesInForce rules,
      List<ApplicationAttachment> attached) {
    Instant now = clock.instant();
    LocalDate today = OfficialCalendar.dateOf(now);
    ActionDetails.ClosedStep closed = closedStep(application, today);
    StepStamp stamp = transition.starts().map(start -> stamp(start, rules, today)).orElse(null);
    String from = application.getState().name();
    ActionEffects.apply(application, transition, today);
    application.enter(transition.to(), now, stamp);
    String details =
        ActionDetails.write(
            transition.record(),
            attached.stream().map(ApplicationAttachment::getId).toList(),
            closed);
    em.persist(
        new ApplicationEvent(
            application,
            now,
            who.username(),
            transition.action().restName(),
            from,
            transition.record().opinion().orElse(null),
            stamp == null ? null : stamp.rule(),
            details));
    audit.record(
        who,
        AuditAction.of(transition.action()),
        "application",
        application.getId(),
        Map.of("state", from),
        after(application, transition));
    fired.fire(new ActionFired(who, application.getId(), transition.action(), transition.to()));
  }

  private StepStamp stamp(StepStart start, RulesInForce rules, LocalDate today) {
    RuleInForce rule = rules.step(StatutoryStep.valueOf(start.step().name()));
    return new StepStamp(
        start.step(),
        start.limit(),
        label(rule.origin()),
        start.dueDate(calendar.current(), today));
  }

  /** Art. 25: which rule set a step's limit came from, as stored with the step. */
  static String label(RuleOrigin origin) {
    return RuleWording.label(origin);
  }

  private static ActionDetails.ClosedStep closedStep(
      CloudApplication application, LocalDate today) {
    if (application.getStep() == null) {
      return null;
    }
    return new ActionDetails.ClosedStep(
        application.getStep(), application.getDueDate(), !application.isOverdue(today));
  }

  private static Map<String, Object> after(CloudApplication application, Outcome.Transition t) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", t.to().name());
    t.record().opinion().ifPresent(opinion -> after.put("opinion", opinion));
    t.starts().ifPresent(start -> after.put("step", start.step().name()));
    if (application.getDueDate() != null) {
      after.put("dueDate", application.getDueDate().toString());
    }
    return after;
  }

  /** Art. 10, 11: what is allocated, or before activation what was approved. */
  private static String current(CloudApplication application) {
    return application.getAllocatedPlan() != null
        ? application.getAllocatedPlan()
        : application.getApprovedPlan();
  }

  private MlpsLevel mlpsLevel(CloudApplication application) {
    AppSystem system = em.find(AppSystem.class, application.getSystemId());
    return new MlpsLevel(system.getMlpsLevel());
  }

  private static TrialLimits trialLimits(TrialBounds bounds) {
    return new TrialLimits(bounds.minDays(), bounds.maxDays());
  }

  /**
   * Art. 7, 9, 11, 12: the attachments that count for the action, as its declaration says: all of
   * the application's for a submission; for test results those since the trial (re)started;
   * otherwise those uploaded since the application entered its state.
   */
  private List<ApplicationAttachment> materialsOf(CloudApplication application, Action action) {
    Instant since =
        switch (action.input().counted()) {
          case ALL -> Instant.EPOCH;
          case SINCE_TRIAL_START -> trialStarted(application);
          case SINCE_STATE_ENTERED -> application.getStateSince();
        };
    return em.createQuery(
            "select f from ApplicationAttachment f where f.applicationId = :id"
                + " and f.uploadedAt >= :since order by f.id",
            ApplicationAttachment.class)
        .setParameter("id", application.getId())
        .setParameter("since", since)
        .getResultList();
  }

  private Instant trialStarted(CloudApplication application) {
    List<Instant> starts =
        em.createQuery(
                "select e.occurredAt from ApplicationEvent e where e.applicationId = :id"
                    + " and e.action in :starts order by e.id desc",
                Instant.class)
            .setParameter("id", application.getId())
            .setParameter(
                "starts", List.of(Action.PROVIDE_TRIAL.restName(), Action.FINAL_RETURN.restName()))
            .setMaxResults(1)
            .getResultList();
    return starts.isEmpty() ? application.getStateSince() : starts.get(0);
  }

  private static Materials materials(
      CloudApplication application, Action action, List<ApplicationAttachment> attached) {
    int lines = action.input().resourceLines() ? PlanJson.asked(application).lines().size() : 0;
    return new Materials(
        attached.stream().map(ApplicationAttachment::getKind).collect(Collectors.toSet()), lines);
  }

  private static ActionInput withMaterials(ActionInput input, Materials materials) {
    return new ActionInput(
        input.opinion(),
        materials,
        input.trialDays(),
        input.environment(),
        input.extensionDays(),
        input.thirdParty(),
        input.resources(),
        input.elastic(),
        input.mlpsLevel(),
        input.architectureChange(),
        input.systemOffline(),
        input.dataMigrated(),
        input.dataBackedUp());
  }
}
