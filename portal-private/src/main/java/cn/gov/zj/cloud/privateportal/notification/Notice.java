package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Art. 8–12: a notification to write: to a role of the tenant (for unit roles, of one unit), about
 * one application (none for a notice of another capability, e.g. Art. 20's access), with a message
 * key of the shared bundle and its arguments (an argument starting with {@code @} is itself a
 * bundle key, translated when shown). The dedupe key makes it once only; the facts say who caused
 * it (never told of it) and what the mail carries besides the message.
 */
public record Notice(
    String tenant,
    Role role,
    Long unitId,
    Long applicationId,
    NotificationKind kind,
    List<String> arguments,
    String dedupeKey,
    Facts facts) {

  /**
   * Art. 8–12: who acted (null: nobody, e.g. the deadline scan), the step that now runs with its
   * due date (Beijing calendar date), and the opinion given; each may be null.
   */
  public record Facts(String actor, String step, LocalDate due, String opinion) {
    public static final Facts NONE = new Facts(null, null, null, null);
  }

  public Notice {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    facts = facts == null ? Facts.NONE : facts;
  }

  /** A notice caused by no one's action, with no step or opinion to carry. */
  public Notice(
      String tenant,
      Role role,
      Long unitId,
      Long applicationId,
      NotificationKind kind,
      List<String> arguments,
      String dedupeKey) {
    this(tenant, role, unitId, applicationId, kind, arguments, dedupeKey, Facts.NONE);
  }

  /** The bundle key of the message, e.g. {@code notification.OVERDUE}. */
  public String messageKey() {
    return "notification." + kind.name();
  }
}
