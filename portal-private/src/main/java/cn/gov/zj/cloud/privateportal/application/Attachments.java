package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.attachment.AttachmentCheck;
import cn.gov.zj.cloud.domain.attachment.CheckedAttachment;
import cn.gov.zj.cloud.domain.attachment.Spool;
import cn.gov.zj.cloud.domain.attachment.Spooled;
import cn.gov.zj.cloud.domain.outage.Outage;
import cn.gov.zj.cloud.domain.outage.StorageFull;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.access.MaterialAccess;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Art. 7, 9, 11, 12: the files of an application. The unit's applicant uploads them; everyone who
 * sees the application may download them, and every download is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Attachments {

  /** The longest file name kept; longer names are cut, keeping the extension. */
  public static final int MAX_NAME = 255;

  private static final Set<ApplicationState> CLOSED =
      EnumSet.of(ApplicationState.DENIED, ApplicationState.TERMINATED);

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Applications applications;
  @Inject private FileStore store;
  @Inject private AuditLog audit;
  @Inject private MaterialAccess materials;
  @Inject private Clock clock;

  private final AttachmentCheck check = new AttachmentCheck();

  /**
   * Art. 7, 9: an upload, checked by its content; refused (400 naming {@code kind} and {@code
   * file}) it leaves nothing behind, accepted it is stored with its size and SHA-256.
   */
  public ApplicationAttachment upload(
      long applicationId, String kindText, String fileName, InputStream content) {
    Actor who = actor.get();
    who.require(Role.UNIT_APPLICANT);
    CloudApplication application = applications.get(applicationId);
    if (CLOSED.contains(application.getState())) {
      throw new Conflict("application.attachment.closed", application.getState().name());
    }
    Violations violations = new Violations();
    AttachmentKind kind = Texts.constant("kind", kindText, AttachmentKind.class, violations);
    Received received = receive(fileName, content, violations);
    return record(who, application, kind, received.name(), received.checked());
  }

  /**
   * Art. 7, 13, 25: a file received for the actor's tenant, checked by its content and kept in the
   * store under its SHA-256, with the name it is kept under: the one check of every upload. Refused
   * (400 naming {@code file}, and whatever {@code violations} already holds) it leaves nothing
   * behind.
   */
  public Received receive(String fileName, InputStream content, Violations violations) {
    if (content == null) {
      violations.add(AttachmentCheck.FIELD, "validation.required");
      violations.throwIfAny();
    }
    Texts.fault(lastSegment(fileName), false)
        .ifPresent(fault -> violations.add(AttachmentCheck.FIELD, fault));
    try (Spooled upload = Spool.write(content, store.spoolDirectory(), check.maxBytes())) {
      CheckedAttachment checked = checked(upload, fileName, violations);
      violations.throwIfAny();
      store.keep(actor.get().tenant().id().value(), upload);
      return new Received(name(fileName), checked);
    } catch (IOException | UncheckedIOException e) {
      throw unstored(e);
    }
  }

  /** Issue 15: a full disk refuses the upload on its field (507); other I/O failures stay 500. */
  private static RuntimeException unstored(Exception e) {
    if (Outage.ofDisk(e)) {
      return new StorageFull(AttachmentCheck.FIELD, e);
    }
    return e instanceof UncheckedIOException unchecked
        ? unchecked
        : new UncheckedIOException("cannot receive an attachment", (IOException) e);
  }

  /** A file checked and kept: the name it is kept under and what its content is. */
  public record Received(String name, CheckedAttachment checked) {}

  /** The application's attachments in upload order. */
  public List<ApplicationAttachment> of(long applicationId) {
    applications.get(applicationId);
    return em.createQuery(
            "select f from ApplicationAttachment f where f.applicationId = :id order by f.id",
            ApplicationAttachment.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /**
   * Art. 6: a download by anyone who sees the application, audited before the bytes go out; Art.
   * 20: the provider only of the materials its tasks need, others under the unit's grant ({@link
   * MaterialAccess}).
   */
  public Download download(long applicationId, long attachmentId) {
    Actor who = actor.get();
    CloudApplication application = applications.get(applicationId);
    ApplicationAttachment file = em.find(ApplicationAttachment.class, attachmentId);
    if (file == null || !file.getApplicationId().equals(applicationId)) {
      throw new NotFound("attachment", attachmentId);
    }
    materials.requireReadable(file.getId(), file.getKind(), application.getSystemId());
    audit.record(
        who,
        AuditAction.APPLICATION_ATTACHMENT_DOWNLOAD,
        "attachment",
        file.getId(),
        null,
        Map.of("applicationId", applicationId, "sha256", file.getSha256()));
    return new Download(file, store.path(file.getTenantId(), file.getSha256()));
  }

  private CheckedAttachment checked(Spooled upload, String fileName, Violations violations)
      throws IOException {
    try {
      return check.check(upload, fileName);
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              error ->
                  violations.add(error.field(), error.messageKey(), error.arguments().toArray()));
      return null;
    }
  }

  private ApplicationAttachment record(
      Actor who,
      CloudApplication application,
      AttachmentKind kind,
      String name,
      CheckedAttachment checked) {
    ApplicationAttachment file =
        new ApplicationAttachment(
            application, kind, name, checked, who.username(), clock.instant());
    em.persist(file);
    em.flush();
    audit.record(
        who,
        AuditAction.APPLICATION_ATTACHMENT_UPLOAD,
        "attachment",
        file.getId(),
        null,
        Map.of(
            "applicationId", application.getId(),
            "kind", kind.name(),
            "size", checked.size(),
            "sha256", checked.sha256Hex(),
            "contentType", checked.type().mediaType()));
    return file;
  }

  /** The last path segment of the declared name, without control characters, at most 255. */
  static String name(String declared) {
    String name = lastSegment(declared).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      return "attachment";
    }
    if (name.length() <= MAX_NAME) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    return name.substring(0, MAX_NAME - extension.length()) + extension;
  }

  /**
   * The declared name without its folders, as the name is kept; Art. 25: it is refused when it
   * carries a control or bidi character (U+202E turns "invoice[U+202E]fdp.exe" into
   * "invoiceexe.pdf" on screen).
   */
  private static String lastSegment(String declared) {
    String name = declared == null ? "" : declared.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** A stored attachment and its file, for the download's response. */
  public record Download(ApplicationAttachment attachment, Path file) {}
}
