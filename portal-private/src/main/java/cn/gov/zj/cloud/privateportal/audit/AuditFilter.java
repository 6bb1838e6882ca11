package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Art. 18: what the audit viewer looks for: a person (part of the account name), an action (its
 * code), an object (an entity type such as {@code unit}, an id, or both as {@code unit:12}) and a
 * time range of Beijing days, both ends included. Every part is optional.
 */
public record AuditFilter(String actor, String action, String object, LocalDate from, LocalDate to)
    implements Serializable {

  /** No filter: the whole log. */
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

  private static final long serialVersionUID = 1L;

  /** The filter from request parameters; faults are named {@code actor}, {@code action} … */
  public static AuditFilter parse(
      String actor, String action, String object, String from, String to, Violations violations) {
    AuditFilter filter =
        new AuditFilter(
            Texts.optionalLine("actor", actor, 100, violations),
            action(action, violations),
            Texts.optionalLine("object", object, 140, violations),
            date("from", from, violations),
            date("to", to, violations));
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      violations.addOnce("to", "audit.filter.toBeforeFrom");
    }
    return filter;
  }

  private static String action(String code, Violations violations) {
    String clean = Texts.optionalLine("action", code, 64, violations);
    if (clean != null && AuditAction.ofCode(clean).isEmpty()) {
      violations.addOnce(
          "action",
          "validation.unknownValue",
          Arrays.stream(AuditAction.values())
              .map(AuditAction::code)
              .collect(Collectors.joining(", ")));
      return null;
    }
    return clean;
  }

  private static LocalDate date(String field, String text, Violations violations) {
    String clean = Texts.optionalLine(field, text, 10, violations);
    try {
      return clean == null ? null : LocalDate.parse(clean);
    } catch (DateTimeParseException e) {
      violations.addOnce(field, "validation.notADate");
      return null;
    }
  }

  /** The JPQL condition on {@code e} (an {@link AuditEvent}), or empty for no filter. */
  String where() {
    List<String> parts = new ArrayList<>();
    if (actor != null) {
      parts.add("lower(e.actor) like :actor escape '\\'");
    }
    if (action != null) {
      parts.add("e.action = :action");
    }
    if (object != null) {
      parts.add(
          object.contains(":")
              ? "e.entityType = :type and e.entityId = :id"
              : "(e.entityType = :object or e.entityId = :object)");
    }
    if (from != null) {
      parts.add("e.occurredAt >= :from");
    }
    if (to != null) {
      parts.add("e.occurredAt < :to");
    }
    return String.join(" and ", parts);
  }

  /** Binds the parameters that {@link #where} names. */
  void bind(TypedQuery<?> query) {
    if (actor != null) {
      query.setParameter("actor", "%" + like(actor) + "%");
    }
    if (action != null) {
      query.setParameter("action", action);
    }
    if (object != null && object.contains(":")) {
      query.setParameter("type", object.substring(0, object.indexOf(':')));
      query.setParameter("id", object.substring(object.indexOf(':') + 1));
    } else if (object != null) {
      query.setParameter("object", object);
    }
    if (from != null) {
      query.setParameter("from", from.atStartOfDay(Clocks.ZONE).toInstant());
    }
    if (to != null) {
      query.setParameter("to", to.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant());
    }
  }

  /** The filter as the audit record of a reading keeps it. */
  Map<String, Object> described() {
    Map<String, Object> map = new LinkedHashMap<>();
    List<Object> values = Arrays.asList(actor, action, object, from, to);
    List<String> names = List.of("actor", "action", "object", "from", "to");
    for (int i = 0; i < names.size(); i++) {
      if (values.get(i) != null) {
        map.put(names.get(i), values.get(i).toString());
      }
    }
    return map;
  }

  private static String like(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }
}
