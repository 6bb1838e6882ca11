package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.AttachmentKind.CONSTRUCTION_PLAN;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.PERFORMANCE_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SECURITY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SELF_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.THIRD_PARTY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_2;
import static cn.gov.zj.cloud.domain.application.Fixtures.LEVEL_3;
import static cn.gov.zj.cloud.domain.application.Fixtures.fire;
import static cn.gov.zj.cloud.domain.application.Fixtures.invalidFields;
import static cn.gov.zj.cloud.domain.application.Fixtures.keyOf;
import static cn.gov.zj.cloud.domain.application.Fixtures.moved;
import static cn.gov.zj.cloud.domain.application.Fixtures.plan;
import static cn.gov.zj.cloud.domain.application.MajorChangeCriterion.ARCHITECTURE_CHANGED;
import static cn.gov.zj.cloud.domain.application.MajorChangeCriterion.MEMORY_GROWTH;
import static cn.gov.zj.cloud.domain.application.MajorChangeCriterion.MLPS_LEVEL_RAISED;
import static cn.gov.zj.cloud.domain.application.MajorChangeCriterion.STORAGE_GROWTH;
import static cn.gov.zj.cloud.domain.application.MajorChangeCriterion.VCPU_GROWTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeAssessmentTest {

  /** 4 hosts of 4 vCPU, 16 GiB, 100 GiB: 16 vCPU, 64 GiB, 400 GiB. */
  private static final ResourcePlan CURRENT = plan(List.of(Lines.host(4, 4, 16, 100, 0)));

  private static ChangeAssessment assess(List<ResourceDraft> proposed, int level, boolean arch) {
    return ChangeAssessment.assess(CURRENT, LEVEL_2, plan(proposed), new MlpsLevel(level), arch);
  }

  private static ActionContext active(ActionInput input) {
    return ActionContext.of(LEVEL_2, input).withAllocated(CURRENT);
  }

  @Test
  @DisplayName("Art. 11: growth of exactly 50% is minor, above 50% is major")
  void growthThreshold() {
    assertFalse(assess(List.of(Lines.host(6, 4, 16, 100, 0)), 2, false).isMajor());
    ChangeAssessment seven = assess(List.of(Lines.host(7, 4, 16, 100, 0)), 2, false);
    assertEquals(Set.of(VCPU_GROWTH, MEMORY_GROWTH, STORAGE_GROWTH), seven.criteria());
    assertEquals(new ResourceTotals(3, 12, 48, 300, 0), seven.delta());
  }

  @Test
  @DisplayName("Art. 11: each of vCPU, memory and storage growth is major on its own")
  void eachTotal() {
    assertEquals(
        Set.of(VCPU_GROWTH), assess(List.of(Lines.host(4, 8, 16, 100, 0)), 2, false).criteria());
    assertEquals(
        Set.of(MEMORY_GROWTH), assess(List.of(Lines.host(4, 4, 32, 100, 0)), 2, false).criteria());
    assertEquals(
        Set.of(STORAGE_GROWTH),
        assess(List.of(Lines.host(4, 4, 16, 100, 500)), 2, false).criteria());
  }

  @Test
  @DisplayName(
      "Art. 11: a raised MLPS level or a declared architecture change is major; shrinking is not")
  void levelArchitectureAndShrinking() {
    List<ResourceDraft> same = List.of(Lines.host(4, 4, 16, 100, 0));
    assertEquals(Set.of(MLPS_LEVEL_RAISED), assess(same, 3, false).criteria());
    assertEquals(Set.of(ARCHITECTURE_CHANGED), assess(same, 2, true).criteria());
    assertFalse(assess(same, 1, false).isMajor());
    assertFalse(assess(List.of(Lines.host(1, 2, 4, 40, 0)), 2, false).isMajor());
  }

  @Test
  @DisplayName("Art. 11: a minor change needs no new materials")
  void minorChange() {
    ActionInput input =
        ActionInput.builder().resources(List.of(Lines.host(5, 4, 16, 100, 0))).build();
    Outcome.Transition t =
        moved(fire(ApplicationState.ACTIVE, Action.REQUEST_CHANGE, active(input)));
    assertFalse(t.record().change().orElseThrow().isMajor());
    assertEquals(Step.CHANGE_APPROVAL, t.starts().orElseThrow().step());
    assertEquals(5, t.starts().orElseThrow().limit().value());
  }

  @Test
  @DisplayName(
      "Art. 11: a major change re-submits the Art. 7 materials and new performance and security reports")
  void majorChangeNeedsMaterials() {
    ActionInput input =
        ActionInput.builder()
            .resources(List.of(Lines.host(8, 4, 16, 100, 0)))
            .architectureChange(true)
            .build();
    assertEquals(
        List.of(
            "attachments.CONSTRUCTION_PLAN",
            "attachments.SELF_TEST_REPORT",
            "attachments.PERFORMANCE_TEST_REPORT",
            "attachments.SECURITY_TEST_REPORT"),
        invalidFields(fire(ApplicationState.ACTIVE, Action.REQUEST_CHANGE, active(input))));
    ActionInput complete =
        ActionInput.builder()
            .resources(List.of(Lines.host(8, 4, 16, 100, 0)))
            .architectureChange(true)
            .attached(
                CONSTRUCTION_PLAN, SELF_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT)
            .build();
    assertTrue(
        moved(fire(ApplicationState.ACTIVE, Action.REQUEST_CHANGE, active(complete)))
            .record()
            .change()
            .orElseThrow()
            .isMajor());
  }

  @Test
  @DisplayName(
      "Art. 9, Art. 11: raising a system to MLPS level 3 brings the CNAS third-party report too")
  void raisedToLevel3() {
    AttachmentKind[] materials = {
      CONSTRUCTION_PLAN, SELF_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT
    };
    ActionInput.Builder input =
        ActionInput.builder()
            .resources(List.of(Lines.host(4, 4, 16, 100, 0)))
            .mlpsLevel(3)
            .attached(materials);
    Outcome outcome = fire(ApplicationState.ACTIVE, Action.REQUEST_CHANGE, active(input.build()));
    assertEquals(
        List.of(
            "attachments.THIRD_PARTY_TEST_REPORT", "thirdParty.body", "thirdParty.accreditationNo"),
        invalidFields(outcome));
    AttachmentKind[] withThirdParty = Arrays.copyOf(materials, 5);
    withThirdParty[4] = THIRD_PARTY_TEST_REPORT;
    Outcome.Transition t =
        moved(
            fire(
                ApplicationState.ACTIVE,
                Action.REQUEST_CHANGE,
                active(input.attached(withThirdParty).thirdParty("测评中心", "CNAS L1234").build())));
    assertEquals(Optional.of(LEVEL_3), t.record().mlpsLevel());
  }

  @Test
  @DisplayName("Art. 11: a change request that changes nothing is refused")
  void emptyChange() {
    ActionInput same =
        ActionInput.builder().resources(List.of(Lines.host(4, 4, 16, 100, 0))).build();
    Outcome outcome = fire(ApplicationState.ACTIVE, Action.REQUEST_CHANGE, active(same));
    assertEquals(List.of("resources"), invalidFields(outcome));
    assertEquals("application.change.empty", keyOf(outcome, "resources"));
    assertEquals(
        List.of("resources"),
        invalidFields(
            fire(ApplicationState.ACTIVE, Action.REQUEST_CHANGE, active(ActionInput.NONE))));
  }

  @Test
  @DisplayName("Art. 11: every major-change criterion has a label in both bundles")
  void labels() {
    for (MajorChangeCriterion criterion : MajorChangeCriterion.values()) {
      Fixtures.assertTranslated(criterion.nameKey());
    }
  }
}
