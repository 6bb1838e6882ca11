package cn.gov.zj.cloud.privateportal.audit.web;

import cn.gov.zj.cloud.privateportal.audit.AuditEvent;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import java.util.List;
import java.util.function.Function;

/** Art. 18: the audit log as an XLSX sheet, headed and its actions named in the page's language. */
final class AuditSheets {

  private AuditSheets() {}

  static byte[] events(
      List<AuditEvent> events, Function<String, String> actionName, Function<String, String> text) {
    List<Column<AuditEvent>> columns =
        List.of(
            new Column<>(text.apply("audit.number"), AuditEvent::getId),
            new Column<>(text.apply("audit.time"), AuditEvent::getOccurredAt),
            new Column<>(text.apply("audit.actor"), AuditEvent::getActor),
            new Column<>(text.apply("audit.action"), e -> actionName.apply(e.getAction())),
            new Column<>(text.apply("audit.object"), AuditSheets::object),
            new Column<>(text.apply("audit.before"), AuditEvent::getBeforeState),
            new Column<>(text.apply("audit.after"), AuditEvent::getAfterState));
    return SheetWriter.write(text.apply("nav.audit"), columns, events);
  }

  /** What a record is about: {@code type:id}, or the type alone. */
  static String object(AuditEvent event) {
    return event.getEntityId() == null
        ? event.getEntityType()
        : event.getEntityType() + ":" + event.getEntityId();
  }
}
