package cn.gov.zj.cloud.privateportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.Action;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The private zone's typed audit actions keep the codes the audit trail already holds. */
class AuditActionTest {

  /** Every action string the private zone stored before the actions were typed (but lifecycle). */
  private static final List<String> STORED =
      List.of(
          "unit.create",
          "unit.update",
          "system.register",
          "system.update",
          "unit.retire",
          "system.retire",
          "system.lifecycle",
          "registry.import",
          "staff.open",
          "calendar.notice.load",
          "rules.local.change",
          "rules.provincial.change",
          "application.create",
          "application.revise",
          "application.attachment.upload",
          "application.attachment.download",
          "consultation.answer",
          "consultation.contact-reveal",
          "rectification.callback",
          "rectification.report",
          "interconnect.queued",
          "interconnect.received",
          "interconnect.repeated",
          "interconnect.refused",
          "interconnect.exchange",
          "interconnect.requeue",
          "staff.update",
          "staff.roles",
          "staff.disable",
          "staff.enable",
          "staff.password.reset",
          "staff.remove",
          "fault.report",
          "fault.acknowledge",
          "fault.resolve",
          "fault.confirm",
          "fault.reopen",
          "fault.escalate",
          "fault.targets.change",
          "fault.attachment.upload",
          "fault.attachment.download",
          "service.request.open",
          "service.request.answer",
          "service.request.close",
          "training.schedule",
          "training.edit",
          "training.cancel",
          "training.register",
          "training.unregister",
          "training.attendance",
          "usage.ingest",
          "usage.reports.delivered",
          "usage.rules.change",
          "access.grant.request",
          "access.grant.given",
          "access.grant.approve",
          "access.grant.refuse",
          "access.grant.revoke",
          "access.session.start",
          "access.session.emergency",
          "access.session.end",
          "access.session.review",
          "audit.view",
          "audit.export",
          "audit.verify",
          "inspection.plan",
          "inspection.finding.record",
          "inspection.finding.action",
          "bulletin.publish",
          "drill.record",
          "service.targets.change",
          "training.material.upload",
          "training.material.download",
          "terms.accept",
          "system.officer.change",
          "system.level.change",
          "system.assessment.record",
          "security.file.upload",
          "security.file.download",
          "security.rules.change",
          "access.session.refused",
          "material.share",
          "profile.change",
          "filing.submit",
          "filing.action",
          "filing.plan.download",
          "assessment.weights.change",
          "prices.provincial.change",
          "prices.local.change");

  @Test
  void art24_everyActionTheTrailHoldsIsStillOneOfTheList() {
    for (String code : STORED) {
      assertTrue(AuditAction.ofCode(code).isPresent(), code);
    }
  }

  @Test
  void art6to12_everyLifecycleActionIsRecordedAsApplicationAndItsRestName() {
    for (Action action : Action.values()) {
      assertEquals("application." + action.restName(), AuditAction.of(action).code());
    }
  }

  @Test
  void art24_twoActionsNeverShareACode() {
    Set<String> codes =
        Arrays.stream(AuditAction.values()).map(AuditAction::code).collect(Collectors.toSet());
    assertEquals(AuditAction.values().length, codes.size());
    assertEquals(STORED.size() + Action.values().length, codes.size(), "no action unaccounted");
  }

  @Test
  void art24_aCodeIsPlainTextThatFitsTheColumn() {
    for (AuditAction action : AuditAction.values()) {
      assertTrue(action.code().matches("[a-z]+(\\.[a-z-]+)+"), action.code());
      assertTrue(action.code().length() <= 64, action.code());
    }
  }
}
