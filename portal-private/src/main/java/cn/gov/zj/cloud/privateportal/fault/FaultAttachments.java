package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.FaultState;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Art. 13: the files of a fault. The unit's staff and the provider attach them while the fault is
 * not closed, checked as an application's files are ({@link Attachments#receive}); whoever sees the
 * fault downloads them, and every upload and download is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class FaultAttachments {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Faults faults;
  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 13: an upload; 400 naming {@code file} (nothing kept), 409 once the fault is closed. */
  public FaultAttachment upload(long faultId, String fileName, InputStream content) {
    Actor who = actor.get();
    who.require(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER, Role.PROVIDER_OPERATOR);
    Fault fault = faults.get(faultId);
    if (fault.getState() == FaultState.CLOSED) {
      throw new Conflict("fault.attachment.closed");
    }
    Attachments.Received received = attachments.receive(fileName, content, new Violations());
    FaultAttachment file =
        new FaultAttachment(
            fault, received.name(), received.checked(), who.username(), clock.instant());
    em.persist(file);
    em.flush();
    audit.record(
        who,
        AuditAction.FAULT_ATTACHMENT_UPLOAD,
        "fault-attachment",
        file.getId(),
        null,
        Map.of("faultId", faultId, "size", file.getSizeBytes(), "sha256", file.getSha256()));
    return file;
  }

  /** The fault's files in upload order. */
  public List<FaultAttachment> of(long faultId) {
    faults.get(faultId);
    return em.createQuery(
            "select f from FaultAttachment f where f.faultId = :id order by f.id",
            FaultAttachment.class)
        .setParameter("id", faultId)
        .getResultList();
  }

  /** Art. 13: a download by anyone who sees the fault, audited before the bytes go out. */
  public Download download(long faultId, long attachmentId) {
    Actor who = actor.get();
    faults.get(faultId);
    FaultAttachment file = em.find(FaultAttachment.class, attachmentId);
    if (file == null || !file.getFaultId().equals(faultId)) {
      throw new NotFound("attachment", attachmentId);
    }
    audit.record(
        who,
        AuditAction.FAULT_ATTACHMENT_DOWNLOAD,
        "fault-attachment",
        file.getId(),
        null,
        Map.of("faultId", faultId, "sha256", file.getSha256()));
    return new Download(file, store.path(file.getTenantId(), file.getSha256()));
  }

  /** A stored file and where its bytes are. */
  public record Download(FaultAttachment attachment, Path file) {}
}
