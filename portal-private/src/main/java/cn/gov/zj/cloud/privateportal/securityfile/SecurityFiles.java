package cn.gov.zj.cloud.privateportal.securityfile;

import cn.gov.zj.cloud.domain.inspection.FindingState;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.FileStore;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.bulletin.Bulletins;
import cn.gov.zj.cloud.privateportal.bulletin.Drills;
import cn.gov.zj.cloud.privateportal.inspection.Findings;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
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
import java.util.List;
import java.util.Map;

/**
 * Art. 17, 19: uploads, lists and downloads of the security items' files. An upload is refused 404
 * for an item the actor does not see, 403 for a role that does not upload to it, 409 for a finding
 * no longer open (its rectification submitted or verified), 400 naming {@code file} for a file the
 * attachment check refuses; nothing is kept on any refusal.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SecurityFiles {

  private static final String COLUMNS =
      "id, owner_kind, owner_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
          + " uploaded_at";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Findings findings;
  @Inject private Bulletins bulletins;
  @Inject private Drills drills;
  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 17, 19: a file for the item, checked by its content and audited. */
  public SecurityFile upload(
      SecurityFileOwner owner, long ownerId, String fileName, InputStream content) {
    Actor who = actor.get();
    requireVisible(owner, ownerId);
    if (owner.uploaders().stream().noneMatch(who::has)) {
      throw new AccessDenied(owner.uploaders().toArray(Role[]::new));
    }
    if (owner == SecurityFileOwner.FINDING) {
      FindingState state = findings.get(ownerId).state();
      if (state != FindingState.OPEN) {
        throw new Conflict("finding.attachment.notOpen", state.name());
      }
    }
    Attachments.Received received = attachments.receive(fileName, content, new Violations());
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into security_attachment (tenant_id, owner_kind, owner_id, file_name,"
                        + " content_type, size_bytes, sha256, uploaded_by, uploaded_at) values"
                        + " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, owner.name())
                .setParameter(3, ownerId)
                .setParameter(4, received.name())
                .setParameter(5, received.checked().type().mediaType())
                .setParameter(6, received.checked().size())
                .setParameter(7, received.checked().sha256Hex())
                .setParameter(8, who.username())
                .setParameter(9, Timestamp.from(clock.instant()))
                .getSingleResult();
    audit.record(
        who,
        AuditAction.SECURITY_FILE_UPLOAD,
        owner.entity() + "-attachment",
        id,
        null,
        Map.of(
            owner.entity() + "Id",
            ownerId,
            "size",
            received.checked().size(),
            "sha256",
            received.checked().sha256Hex()));
    return file(owner, ownerId, id.longValue());
  }

  /** Art. 17, 19: the item's files in upload order; 404 when the actor does not see the item. */
  public List<SecurityFile> of(SecurityFileOwner owner, long ownerId) {
    requireVisible(owner, ownerId);
    return query("order by id", owner.name(), ownerId, null);
  }

  /** Art. 17, 19: a download by anyone who sees the item, audited before the bytes go out. */
  public Download download(SecurityFileOwner owner, long ownerId, long fileId) {
    Actor who = actor.get();
    requireVisible(owner, ownerId);
    SecurityFile file = file(owner, ownerId, fileId);
    audit.record(
        who,
        AuditAction.SECURITY_FILE_DOWNLOAD,
        owner.entity() + "-attachment",
        fileId,
        null,
        Map.of(owner.entity() + "Id", ownerId, "sha256", file.sha256()));
    return new Download(file, store.path(who.tenant().id().value(), file.sha256()));
  }

  /** A stored file and where its bytes are. */
  public record Download(SecurityFile file, Path path) {}

  private void requireVisible(SecurityFileOwner owner, long ownerId) {
    switch (owner) {
      case FINDING -> findings.get(ownerId);
      case BULLETIN -> bulletins.get(ownerId);
      case DRILL -> drills.get(ownerId);
    }
  }

  private SecurityFile file(SecurityFileOwner owner, long ownerId, long fileId) {
    return query("and id = ?4", owner.name(), ownerId, fileId).stream()
        .findFirst()
        .orElseThrow(() -> new NotFound("attachment", fileId));
  }

  private List<SecurityFile> query(String rest, String kind, long ownerId, Long fileId) {
    var query =
        em.createNativeQuery(
                "select "
                    + COLUMNS
                    + " from security_attachment where tenant_id = ?1 and owner_kind = ?2"
                    + " and owner_id = ?3 "
                    + rest)
            .setParameter(1, actor.get().tenant().id().value())
            .setParameter(2, kind)
            .setParameter(3, ownerId);
    if (fileId != null) {
      query.setParameter(4, fileId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new SecurityFile(
                    ((Number) r[0]).longValue(),
                    SecurityFileOwner.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).longValue(),
                    ((String) r[6]).strip(),
                    (String) r[7],
                    ((Timestamp) r[8]).toInstant()))
        .toList();
  }
}
