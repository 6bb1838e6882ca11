package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.services.TrainingQuarter;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 14: the provider's training sessions ("定期主办云技术和管理人员培训"): the provider schedules, edits and
 * cancels them; unit staff register and unregister while seats are left; the provider records
 * attendance after the session; each unit's training record lists its people's sessions.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Trainings {

  private static final String COLUMNS =
      "t.id, t.title, t.starts_at, t.duration_minutes, t.place, t.online_link, t.capacity,"
          + " (select count(*) from training_registration g where g.session_id = t.id),"
          + " t.materials, t.cancelled_at, t.attendance_at,"
          + " exists (select 1 from training_registration g where g.session_id = t.id"
          + " and g.username = ?2)";
  private static final String FROM =
      " from training_session t where t.tenant_id = ?1"
          + " and (?3 = 'ALL' or (?3 = 'UPCOMING') = (t.starts_at > ?4))"
          + " and (cast(?5 as varchar) is null or lower(t.title) like cast(?5 as varchar)"
          + " or lower(coalesce(t.place, '')) like cast(?5 as varchar))";

  /** Which sessions a list shows. */
  public enum When {
    UPCOMING,
    PAST,
    ALL
  }

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 14: the provider schedules a session; 400 naming each bad field, nothing stored. */
  public TrainingSession schedule(TrainingSession.Draft draft) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    Instant now = clock.instant();
    TrainingDraft checked = TrainingDraft.check(draft, now, 0);
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into training_session (tenant_id, title, starts_at, duration_minutes,"
                        + " place, online_link, capacity, materials, created_by, created_at)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as varchar), cast(?6 as varchar), ?7,"
                        + " cast(?8 as varchar), ?9, ?10) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, checked.title())
                .setParameter(3, Timestamp.from(checked.startsAt()))
                .setParameter(4, checked.durationMinutes())
                .setParameter(5, checked.place())
                .setParameter(6, checked.onlineLink())
                .setParameter(7, checked.capacity())
                .setParameter(8, checked.materials())
                .setParameter(9, who.username())
                .setParameter(10, Timestamp.from(now))
                .getSingleResult();
    audit.record(who, AuditAction.TRAINING_SCHEDULE, "training", id, null, checked.snapshot());
    return get(id.longValue());
  }

  /**
   * Art. 14: the provider edits a session still to come (409 otherwise); the capacity never below
   * the seats taken (400 naming it). A new time, place or link is told to the registered units (in
   * the portal and by mail).
   */
  public TrainingSession edit(long id, TrainingSession.Draft draft) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    TrainingSession before = lockedUpcoming(id);
    TrainingDraft checked = TrainingDraft.check(draft, clock.instant(), before.taken());
    em.createNativeQuery(
            "update training_session set title = ?2, starts_at = ?3, duration_minutes = ?4,"
                + " place = cast(?5 as varchar), online_link = cast(?6 as varchar), capacity = ?7,"
                + " materials = cast(?8 as varchar), version = version + 1 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, checked.title())
        .setParameter(3, Timestamp.from(checked.startsAt()))
        .setParameter(4, checked.durationMinutes())
        .setParameter(5, checked.place())
        .setParameter(6, checked.onlineLink())
        .setParameter(7, checked.capacity())
        .setParameter(8, checked.materials())
        .executeUpdate();
    audit.record(
        who,
        AuditAction.TRAINING_EDIT,
        "training",
        id,
        Map.of("title", before.title(), "startsAt", before.startsAt().toString()),
        checked.snapshot());
    if (movedOrRelocated(before, checked)) {
      tellRegistered(
          who,
          id,
          NotificationKind.TRAINING_CHANGED,
          List.of(
              checked.title(),
              Long.toString(id),
              BeijingTime.minutes(checked.startsAt()),
              checked.place() == null ? checked.onlineLink() : checked.place()),
          "training-changed:" + id + ":" + version(id));
    }
    return get(id);
  }

  /** Art. 14: what the registered people must learn of: another time, place or link. */
  private static boolean movedOrRelocated(TrainingSession before, TrainingDraft after) {
    // the stored time is rounded to microseconds: a move is one of a second or more
    return Duration.between(before.startsAt(), after.startsAt()).abs().getSeconds() > 0
        || !before.place().equals(Optional.ofNullable(after.place()))
        || !before.onlineLink().equals(Optional.ofNullable(after.onlineLink()));
  }

  private long version(long id) {
    return ((Number)
            em.createNativeQuery("select version from training_session where id = ?1")
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  /** Art. 14: the provider cancels a session still to come; its registered units are told. */
  public TrainingSession cancel(long id) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    TrainingSession session = lockedUpcoming(id);
    Instant now = clock.instant();
    em.createNativeQuery(
            "update training_session set cancelled_at = ?2, version = version + 1 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    audit.record(
        who, AuditAction.TRAINING_CANCEL, "training", id, null, Map.of("title", session.title()));
    tellRegistered(
        who,
        id,
        NotificationKind.TRAINING_CANCELLED,
        List.of(session.title(), Long.toString(id)),
        "training-cancelled:" + id);
    return get(id);
  }

  /** Art. 14: a notice (and its mail) to every unit and role registered for the session. */
  private void tellRegistered(
      Actor who, long id, NotificationKind kind, List<String> arguments, String key) {
    Instant now = clock.instant();
    for (Object[] row : registeredUnits(id)) {
      Notices.write(
          em,
          new Notice(
              who.tenant().id().value(),
              Role.ofRealmRole((String) row[1]).orElseThrow(),
              ((Number) row[0]).longValue(),
              null,
              kind,
              arguments,
              key + ":" + row[0],
              new Notice.Facts(who.username(), null, null, null)),
          now);
    }
  }

  /** Art. 14: a unit's staff member registers for a session still to come; 409 when it is full. */
  public TrainingSession register(long id) {
    Actor who = actor.get();
    who.require(ServiceRoles.UNIT_STAFF);
    TrainingSession session = lockedUpcoming(id);
    if (session.registeredByMe()) {
      throw new Conflict("services.training.alreadyRegistered");
    }
    if (session.seats().full()) {
      throw new Conflict("services.training.full", session.capacity());
    }
    Long unit = systems.visibleUnit();
    if (unit == null || unit < 0) {
      throw new Conflict("services.training.noUnit");
    }
    em.createNativeQuery(
            "insert into training_registration (tenant_id, session_id, username, display_name,"
                + " role, unit_id, registered_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, id)
        .setParameter(3, who.username())
        .setParameter(4, who.displayName())
        .setParameter(
            5,
            (who.has(Role.UNIT_APPLICANT) ? Role.UNIT_APPLICANT : Role.UNIT_SECURITY_OFFICER)
                .realmRole())
        .setParameter(6, unit)
        .setParameter(7, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(who, AuditAction.TRAINING_REGISTER, "training", id, null, Map.of("unitId", unit));
    return get(id);
  }

  /** Art. 14: a registered person withdraws before the session starts; 409 when not registered. */
  public TrainingSession unregister(long id) {
    Actor who = actor.get();
    who.require(ServiceRoles.UNIT_STAFF);
    TrainingSession session = lockedUpcoming(id);
    if (!session.registeredByMe()) {
      throw new Conflict("services.training.notRegistered");
    }
    em.createNativeQuery(
            "delete from training_registration where session_id = ?1 and username = ?2")
        .setParameter(1, id)
        .setParameter(2, who.username())
        .executeUpdate();
    audit.record(who, AuditAction.TRAINING_UNREGISTER, "training", id, null, Map.of());
    return get(id);
  }

  /**
   * Art. 14: after the session started, the provider records who attended (the user names given);
   * the other registered people did not. 400 naming {@code attended} for a name not registered.
   */
  public TrainingSession recordAttendance(long id, List<String> attended) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    TrainingSession session = locked(id);
    Instant now = clock.instant();
    if (session.cancelled() || session.startsAt().isAfter(now)) {
      throw new Conflict("services.training.attendanceNotYet");
    }
    Set<String> registered = new HashSet<>();
    registrations(id).forEach(registration -> registered.add(registration.username()));
    Set<String> present = new HashSet<>(attended);
    if (!registered.containsAll(present)) {
      new cn.gov.zj.cloud.domain.validation.Violations()
          .add("attended", "services.training.notRegisteredPerson")
          .throwIfAny();
    }
    em.createNativeQuery(
            "update training_registration set attended = (username = any(string_to_array(?2, chr(31))))"
                + " where session_id = ?1")
        .setParameter(1, id)
        .setParameter(2, String.join("\u001f", present))
        .executeUpdate();
    em.createNativeQuery(
            "update training_session set attendance_at = ?2, version = version + 1 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    audit.record(
        who,
        AuditAction.TRAINING_ATTENDANCE,
        "training",
        id,
        null,
        Map.of("attended", present.size(), "registered", registered.size()));
    return get(id);
  }

  /** Art. 14: the tenant's sessions, upcoming soonest first or past latest first. */
  public Page<TrainingSession> list(When when, PageRequest request) {
    Actor who = actor.get();
    readers(who);
    Query count = em.createNativeQuery("select count(*)" + FROM);
    bind(count, who, when, request);
    Query rows =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + FROM
                + " order by t.starts_at "
                + (when == When.UPCOMING ? "asc" : "desc")
                + ", t.id offset ?6 limit ?7");
    bind(rows, who, when, request);
    rows.setParameter(6, request.offset()).setParameter(7, request.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new Page<>(
        result.stream().map(Trainings::session).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /** Art. 14: one session of the tenant; 404 for another tenant's. */
  public TrainingSession get(long id) {
    Actor who = actor.get();
    readers(who);
    return find(who, id, "");
  }

  /**
   * Art. 14: the registrations of a session: all for the provider, the department and the tenant's
   * administrator, the actor's own unit's for unit staff.
   */
  public List<TrainingSession.Registration> registrations(long id) {
    Actor who = actor.get();
    get(id);
    Long unit = unitScope(who);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select g.username, g.display_name, g.unit_id, u.name, g.registered_at, g.attended"
                    + " from training_registration g join using_unit u on u.id = g.unit_id"
                    + " where g.session_id = ?1 and (cast(?2 as bigint) is null"
                    + " or g.unit_id = cast(?2 as bigint)) order by u.name, g.display_name")
            .setParameter(1, id)
            .setParameter(2, unit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TrainingSession.Registration(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    (String) row[3],
                    ((Timestamp) row[4]).toInstant(),
                    Optional.ofNullable((Boolean) row[5])))
        .toList();
  }

  /**
   * Art. 14: a unit's training record, latest session first: unit staff their own unit's ({@code
   * unitId} null or theirs; 404 for another), the provider, the department and the tenant's
   * administrator any unit's.
   */
  public Page<TrainingSession.RecordLine> record(Long unitId, PageRequest request) {
    Actor who = actor.get();
    long unit = recordUnit(who, unitId);
    String where =
        " from training_registration g join training_session t on t.id = g.session_id"
            + " where g.unit_id = ?1 and t.cancelled_at is null"
            + " and (cast(?2 as varchar) is null or lower(g.display_name) like cast(?2 as varchar)"
            + " or lower(t.title) like cast(?2 as varchar))";
    String search = request.search() == null ? null : request.likePattern();
    Number total =
        (Number)
            em.createNativeQuery("select count(*)" + where)
                .setParameter(1, unit)
                .setParameter(2, search)
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select g.username, g.display_name, t.id, t.title, t.starts_at, g.attended"
                    + where
                    + " order by t.starts_at desc, g.display_name offset ?3 limit ?4")
            .setParameter(1, unit)
            .setParameter(2, search)
            .setParameter(3, request.offset())
            .setParameter(4, request.size())
            .getResultList();
    return new Page<>(
        rows.stream()
            .map(
                row ->
                    new TrainingSession.RecordLine(
                        (String) row[0],
                        (String) row[1],
                        ((Number) row[2]).longValue(),
                        (String) row[3],
                        ((Timestamp) row[4]).toInstant(),
                        Optional.ofNullable((Boolean) row[5])))
            .toList(),
        request.page(),
        request.size(),
        total.longValue());
  }

  /**
   * Art. 14: the ended quarters (since the portal first watched the tenant) with fewer sessions
   * held than the target in force, oldest first; what the training page shows the department.
   */
  public List<TrainingQuarter> missedQuarters() {
    Actor who = actor.get();
    readers(who);
    return TrainingWatchQueries.missed(
        em,
        who.tenant().id().value(),
        clock.instant(),
        ServiceTargetsInForce.of(em, who.tenant().id().value()).sessionsPerQuarter());
  }

  private long recordUnit(Actor who, Long unitId) {
    Long own = unitScope(who);
    if (own != null) {
      if (unitId != null && !unitId.equals(own)) {
        throw new NotFound("unit", unitId);
      }
      return own;
    }
    if (unitId == null) {
      new cn.gov.zj.cloud.domain.validation.Violations()
          .add("unitId", "validation.required")
          .throwIfAny();
    }
    Number found =
        (Number)
            em.createNativeQuery("select count(*) from using_unit where id = ?1")
                .setParameter(1, unitId)
                .getSingleResult();
    if (found.longValue() == 0) {
      throw new NotFound("unit", unitId);
    }
    return unitId;
  }

  private Long unitScope(Actor who) {
    return ServiceRoles.unitScope(who, systems);
  }

  private static void readers(Actor who) {
    who.require(ServiceRoles.READERS);
  }

  /** The session, its row locked for this transaction; 404 when not the tenant's. */
  private TrainingSession locked(long id) {
    Actor who = actor.get();
    readers(who);
    return find(who, id, " for update of t");
  }

  /** As {@link #locked}, 409 unless it is still to come (not cancelled, not started). */
  private TrainingSession lockedUpcoming(long id) {
    TrainingSession session = locked(id);
    if (session.cancelled()) {
      throw new Conflict("services.training.cancelled");
    }
    if (!session.upcomingAt(clock.instant())) {
      throw new Conflict("services.training.started");
    }
    return session;
  }

  private TrainingSession find(Actor who, long id, String lock) {
    Query query = em.createNativeQuery("select " + COLUMNS + FROM + " and t.id = ?6" + lock);
    bind(query, who, When.ALL, null);
    query.setParameter(6, id);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .findFirst()
        .map(Trainings::session)
        .orElseThrow(() -> new NotFound("training", id));
  }

  private List<Object[]> registeredUnits(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct unit_id, role from training_registration where session_id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows;
  }

  private void bind(Query query, Actor who, When when, PageRequest request) {
    query
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, who.username())
        .setParameter(3, when.name())
        .setParameter(4, Timestamp.from(clock.instant()))
        .setParameter(
            5, request == null || request.search() == null ? null : request.likePattern());
  }

  private static TrainingSession session(Object[] row) {
    return new TrainingSession(
        ((Number) row[0]).longValue(),
        (String) row[1],
        ((Timestamp) row[2]).toInstant(),
        ((Number) row[3]).intValue(),
        Optional.ofNullable((String) row[4]),
        Optional.ofNullable((String) row[5]),
        ((Number) row[6]).intValue(),
        ((Number) row[7]).intValue(),
        Optional.ofNullable((String) row[8]),
        Optional.ofNullable((Timestamp) row[9]).map(Timestamp::toInstant),
        Optional.ofNullable((Timestamp) row[10]).map(Timestamp::toInstant),
        (Boolean) row[11]);
  }
}
