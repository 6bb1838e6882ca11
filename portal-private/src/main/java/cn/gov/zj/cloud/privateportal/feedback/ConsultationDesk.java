package cn.gov.zj.cloud.privateportal.feedback;

import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.interconnect.ChannelDown;
import cn.gov.zj.cloud.privateportal.interconnect.PublicZone;
import cn.gov.zj.cloud.privateportal.interconnect.Publisher;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 23: the competent department (and the tenant's administrator) answers the consultations,
 * complaints and suggestions received from the public zone; the reply is published back (Art. 24)
 * in the same transaction, and the submitter reads it with the tracking number and query code.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
@TenantBound
public class ConsultationDesk {

  /** Who answers. */
  public static final Role[] ANSWERING = {Role.REVIEWER, Role.TENANT_ADMIN};

  /** A reply is at most this long (the public zone's limit). */
  public static final int MAX_REPLY = 4000;

  private static final String COLUMNS =
      "tracking_no, category, subject, content, contact_masked, submitted_at, status, reply,"
          + " replied_at, replied_by";
  private static final String FILTER =
      " from consultation where tenant_id = ?1 and (?2 = '' or status = ?2)"
          + " and (subject ilike ?3 or tracking_no ilike ?3)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Publisher publisher;
  @Inject private PublicZone publicZone;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Unanswered first by default ({@code status} RECEIVED or ANSWERED, empty for all). */
  public Page<ReceivedConsultation> list(String status, PageRequest request) {
    Actor who = actor.get();
    who.require(ANSWERING);
    String state = status == null ? "" : status;
    Query count = em.createNativeQuery("select count(*)" + FILTER);
    bind(count, who, state, request);
    Query rows =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + FILTER
                + " order by submitted_at desc, id desc offset ?4 limit ?5");
    bind(rows, who, state, request);
    rows.setParameter(4, request.offset()).setParameter(5, request.size());
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new Page<>(
        result.stream().map(ConsultationDesk::row).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  public ReceivedConsultation get(String trackingNo) {
    actor.get().require(ANSWERING);
    return find(trackingNo).orElseThrow(() -> new NotFound("consultation", trackingNo));
  }

  /** Art. 23: stores the reply (a later one replaces it) and publishes it to the public zone. */
  public ReceivedConsultation answer(String trackingNo, String text) {
    Actor who = actor.get();
    who.require(ANSWERING);
    ReceivedConsultation before = get(trackingNo);
    Violations violations = new Violations();
    String reply = Texts.required("reply", text, MAX_REPLY, violations);
    violations.throwIfAny();
    Instant now = clock.instant();
    em.createNativeQuery(
            "update consultation set status = 'ANSWERED', reply = ?1, replied_at = ?2,"
                + " replied_by = ?3, version = version + 1 where tracking_no = ?4")
        .setParameter(1, reply)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, who.displayName())
        .setParameter(4, trackingNo)
        .executeUpdate();
    publisher.publish(
        MessageType.CONSULTATION_ANSWERED,
        who.tenant().id().value(),
        Map.of("trackingNo", trackingNo, "reply", reply, "repliedAt", now.toString()),
        who.username());
    audit.record(
        who,
        AuditAction.CONSULTATION_ANSWER,
        "consultation",
        trackingNo,
        Map.of("status", before.status()),
        Map.of("status", "ANSWERED", "replyLength", reply.length()));
    return get(trackingNo);
  }

  /**
   * Art. 23: the submitter's contact, for the staff member who calls back about it; the public zone
   * keeps it sealed and opens it for this one consultation. Audited here (who, when, which
   * consultation) and in the public zone. 409 when none was left or the public zone cannot be
   * reached; refused to roles that do not answer consultations.
   */
  public String revealContact(String trackingNo) {
    Actor who = actor.get();
    who.require(ANSWERING);
    ReceivedConsultation consultation = get(trackingNo);
    if (consultation.contactMasked().isEmpty()) {
      throw new Conflict("feedback.contact.none");
    }
    String contact;
    try {
      contact =
          publicZone
              .contact(who.tenant().id().value(), trackingNo, who.username())
              .orElseThrow(() -> new Conflict("feedback.contact.none"));
    } catch (ChannelDown e) {
      throw new Conflict("feedback.contact.unreachable");
    }
    audit.record(
        who,
        AuditAction.CONSULTATION_CONTACT_REVEAL,
        "consultation",
        trackingNo,
        null,
        Map.of("category", consultation.category().name()));
    return contact;
  }

  private Optional<ReceivedConsultation> find(String trackingNo) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select " + COLUMNS + " from consultation where tracking_no = ?1")
            .setParameter(1, trackingNo)
            .getResultList();
    return rows.stream().findFirst().map(ConsultationDesk::row);
  }

  private static void bind(Query query, Actor who, String status, PageRequest request) {
    query
        .setParameter(1, who.tenant().id().value())
        .setParameter(2, status)
        .setParameter(3, request.search() == null ? "%" : request.likePattern());
  }

  private static ReceivedConsultation row(Object[] row) {
    return new ReceivedConsultation(
        (String) row[0],
        ConsultationCategory.valueOf((String) row[1]),
        (String) row[2],
        (String) row[3],
        Optional.ofNullable((String) row[4]),
        ((Timestamp) row[5]).toInstant(),
        (String) row[6],
        Optional.ofNullable((String) row[7]),
        Optional.ofNullable((Timestamp) row[8]).map(Timestamp::toInstant),
        Optional.ofNullable((String) row[9]));
  }
}
