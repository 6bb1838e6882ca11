package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 18: a change of a system's security officer (name or account) or of its MLPS level is
 * audited on its own, old and new, beside the record of the whole change; whoever caused it (the
 * unit on the registry's page, the department's approval of a change). Callers flush the whole
 * change's record first, so that the log keeps them in that order.
 */
final class SystemChanges {

  private static final List<String> OFFICER = List.of("securityOfficer", "securityOfficerAccount");
  private static final List<String> LEVEL = List.of("mlpsLevel");

  private SystemChanges() {}

  static void record(
      AuditLog audit, Actor who, long id, Map<String, Object> before, Map<String, Object> after) {
    changed(audit, who, id, before, after, AuditAction.SYSTEM_OFFICER_CHANGE, OFFICER);
    changed(audit, who, id, before, after, AuditAction.SYSTEM_LEVEL_CHANGE, LEVEL);
  }

  private static void changed(
      AuditLog audit,
      Actor who,
      long id,
      Map<String, Object> before,
      Map<String, Object> after,
      AuditAction action,
      List<String> fields) {
    Map<String, Object> old = part(before, fields);
    Map<String, Object> now = part(after, fields);
    if (!old.equals(now)) {
      audit.record(who, action, "system", id, old, now);
    }
  }

  private static Map<String, Object> part(Map<String, Object> state, List<String> fields) {
    Map<String, Object> part = new LinkedHashMap<>();
    fields.forEach(field -> part.put(field, state.get(field)));
    return part;
  }
}
