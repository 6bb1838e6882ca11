package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.registry.CnasAssessment;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.FileStore;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 18, Art. 9: the third-party (CNAS) assessment of a system: recorded by its unit's staff
 * (institution, report number, date, conclusion, and the report file), shown on the system's page
 * to everyone who sees the system; a system of MLPS level 3 or above without one is flagged.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Assessments {

  private static final Role[] RECORDERS = {Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER};

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 18: the system's assessment, if recorded; 404 for a system the actor does not see. */
  public Optional<Assessment> of(long systemId) {
    systems.get(systemId);
    return find(systemId);
  }

  /** Art. 18: a system of level 3 or above without a recorded assessment. */
  public boolean missing(AppSystem system) {
    return CnasAssessment.missingFor(
        new MlpsLevel(system.getMlpsLevel()), find(system.getId()).isPresent());
  }

  /**
   * Art. 18: records (or replaces) the system's assessment; a replaced one loses its file. 400
   * naming each invalid field, nothing stored.
   */
  public Assessment record(long systemId, CnasAssessment.Draft draft, Violations violations) {
    Actor who = actor.get();
    AppSystem system = ownSystem(who, systemId);
    CnasAssessment checked =
        CnasAssessment.from(draft, LocalDate.now(clock.withZone(Clocks.ZONE)), violations);
    violations.throwIfAny();
    Optional<Assessment> before = find(systemId);
    em.createNativeQuery(
            "insert into system_assessment (system_id, tenant_id, institution, report_no,"
                + " report_date, conclusion, recorded_by, recorded_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (system_id) do update set"
                + " institution = excluded.institution, report_no = excluded.report_no,"
                + " report_date = excluded.report_date, conclusion = excluded.conclusion,"
                + " file_name = null, content_type = null, size_bytes = null, sha256 = null,"
                + " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at")
        .setParameter(1, system.getId())
        .setParameter(2, who.tenant().id().value())
        .setParameter(3, checked.institution())
        .setParameter(4, checked.reportNo())
        .setParameter(5, java.sql.Date.valueOf(checked.reportDate()))
        .setParameter(6, checked.conclusion())
        .setParameter(7, who.username())
        .setParameter(8, Timestamp.from(clock.instant()))
        .executeUpdate();
    return audited(who, systemId, before.map(Assessments::snapshot).orElse(null));
  }

  /**
   * Art. 18: attaches the report file to the recorded assessment (409 when none is recorded),
   * checked by its content as every upload is.
   */
  public Assessment attach(long systemId, String fileName, InputStream content) {
    Actor who = actor.get();
    ownSystem(who, systemId);
    Assessment before = find(systemId).orElseThrow(() -> new Conflict("assessment.notRecorded"));
    Attachments.Received received = attachments.receive(fileName, content, new Violations());
    em.createNativeQuery(
            "update system_assessment set file_name = ?1, content_type = ?2, size_bytes = ?3,"
                + " sha256 = ?4 where system_id = ?5")
        .setParameter(1, received.name())
        .setParameter(2, received.checked().type().mediaType())
        .setParameter(3, received.checked().size())
        .setParameter(4, received.checked().sha256Hex())
        .setParameter(5, systemId)
        .executeUpdate();
    return audited(who, systemId, snapshot(before));
  }

  /** Art. 18: the report file of the assessment, for whoever sees the system; 404 when none. */
  public Download report(long systemId) {
    Assessment assessment = of(systemId).orElseThrow(() -> new NotFound("assessment", systemId));
    Assessment.ReportFile file =
        assessment.file().orElseThrow(() -> new NotFound("assessment", systemId));
    return new Download(file, store.path(actor.get().tenant().id().value(), file.sha256()));
  }

  /** A report file and where its bytes are. */
  public record Download(Assessment.ReportFile file, Path path) {}

  private AppSystem ownSystem(Actor who, long systemId) {
    who.require(RECORDERS);
    AppSystem system = systems.get(systemId);
    if (system.isRetired()) {
      throw new Conflict("registry.system.retired");
    }
    return system;
  }

  /** The assessment as stored now, its change audited from {@code before}. */
  private Assessment audited(Actor who, long systemId, Map<String, Object> before) {
    Assessment after = find(systemId).orElseThrow();
    audit.record(
        who, AuditAction.SYSTEM_ASSESSMENT_RECORD, "system", systemId, before, snapshot(after));
    return after;
  }

  private Optional<Assessment> find(long systemId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select " + Assessment.COLUMNS + " from system_assessment where system_id = ?1")
            .setParameter(1, systemId)
            .getResultList();
    return rows.stream().findFirst().map(Assessment::of);
  }

  private static Map<String, Object> snapshot(Assessment assessment) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("institution", assessment.institution());
    state.put("reportNo", assessment.reportNo());
    state.put("reportDate", assessment.reportDate().toString());
    state.put("conclusion", assessment.conclusion());
    state.put("file", assessment.file().map(Assessment.ReportFile::sha256).orElse(null));
    return state;
  }
}
