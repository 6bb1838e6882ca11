package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.List;
import java.util.Objects;

/**
 * Art. 8–12: a notification to write: to a role of the tenant (for unit roles, of one unit), about
 * one application, with a message key of the shared bundle and its arguments (an argument starting
 * with {@code @} is itself a bundle key, translated when shown). The dedupe key makes it once only.
 */
public record Notice(
    String tenant,
    Role role,
    Long unitId,
    long applicationId,
    NotificationKind kind,
    List<String> arguments,
    String dedupeKey) {

  public Notice {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(dedupeKey, "dedupeKey");
  }

  /** The bundle key of the message, e.g. {@code notification.OVERDUE}. */
  public String messageKey() {
    return "notification." + kind.name();
  }
}
