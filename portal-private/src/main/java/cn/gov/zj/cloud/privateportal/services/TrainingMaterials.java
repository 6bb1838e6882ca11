package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.FileStore;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
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
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Art. 14: the materials of a training session as files. The provider uploads them to a session not
 * cancelled, checked by content as an application's files are ({@link Attachments#receive}); the
 * provider, the department and the tenant's administrator read them, unit staff once their unit
 * registered for the session (409 before). Every upload and download is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TrainingMaterials {

  private static final String COLUMNS =
      "select id, session_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
          + " uploaded_at from training_material";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Trainings trainings;
  @Inject private Systems systems;
  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 14: the provider's upload; 400 naming {@code file} (nothing kept), 409 if cancelled. */
  public TrainingMaterial upload(long sessionId, String fileName, InputStream content) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    if (trainings.get(sessionId).cancelled()) {
      throw new Conflict("services.training.cancelled");
    }
    Attachments.Received received = attachments.receive(fileName, content, new Violations());
    Instant now = clock.instant();
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into training_material (tenant_id, session_id, file_name, content_type,"
                        + " size_bytes, sha256, uploaded_by, uploaded_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, sessionId)
                .setParameter(3, received.name())
                .setParameter(4, received.checked().type().mediaType())
                .setParameter(5, received.checked().size())
                .setParameter(6, received.checked().sha256Hex())
                .setParameter(7, who.username())
                .setParameter(8, Timestamp.from(now))
                .getSingleResult();
    TrainingMaterial stored = find(sessionId, id.longValue());
    audit.record(
        who,
        AuditAction.TRAINING_MATERIAL_UPLOAD,
        "training-material",
        stored.id(),
        null,
        Map.of("sessionId", sessionId, "size", stored.sizeBytes(), "sha256", stored.sha256()));
    return stored;
  }

  /** Art. 14: the session's files in upload order, for those who may read them. */
  public List<TrainingMaterial> of(long sessionId) {
    readable(sessionId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COLUMNS + " where session_id = ?1 order by id")
            .setParameter(1, sessionId)
            .getResultList();
    return rows.stream().map(TrainingMaterials::material).toList();
  }

  /** Art. 14: a download, audited before the bytes go out. */
  public Download download(long sessionId, long materialId) {
    Actor who = actor.get();
    readable(sessionId);
    TrainingMaterial file = find(sessionId, materialId);
    audit.record(
        who,
        AuditAction.TRAINING_MATERIAL_DOWNLOAD,
        "training-material",
        file.id(),
        null,
        Map.of("sessionId", sessionId, "sha256", file.sha256()));
    return new Download(file, store.path(who.tenant().id().value(), file.sha256()));
  }

  /** A stored file and where its bytes are. */
  public record Download(TrainingMaterial material, Path file) {}

  /**
   * Art. 14: 403 for a role that reads no sessions, 404 for another tenant's session, 409 for unit
   * staff whose unit has not registered for it.
   */
  private void readable(long sessionId) {
    trainings.get(sessionId);
    Long unit = ServiceRoles.unitScope(actor.get(), systems);
    if (unit != null && !registered(sessionId, unit)) {
      throw new Conflict("services.training.materialsForRegistered");
    }
  }

  private boolean registered(long sessionId, long unit) {
    return !em.createNativeQuery(
            "select 1 from training_registration where session_id = ?1 and unit_id = ?2 limit 1")
        .setParameter(1, sessionId)
        .setParameter(2, unit)
        .getResultList()
        .isEmpty();
  }

  private TrainingMaterial find(long sessionId, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COLUMNS + " where id = ?1 and session_id = ?2")
            .setParameter(1, id)
            .setParameter(2, sessionId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(TrainingMaterials::material)
        .orElseThrow(() -> new NotFound("material", id));
  }

  private static TrainingMaterial material(Object[] row) {
    return new TrainingMaterial(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        (String) row[3],
        ((Number) row[4]).longValue(),
        ((String) row[5]).strip(),
        (String) row[6],
        ((Timestamp) row[7]).toInstant());
  }
}
