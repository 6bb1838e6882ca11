package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 6: what the history and the audit log keep of an action besides who and when: the checked
 * and cleaned input. Empty where the action has no such field.
 */
public record ActionRecord(
    Optional<String> opinion,
    Set<AttachmentKind> attached,
    Optional<Integer> trialDays,
    Optional<String> environment,
    Optional<Integer> extensionDays,
    Optional<ThirdPartyTest> thirdParty,
    Optional<ResourcePlan> resources,
    Optional<MlpsLevel> mlpsLevel,
    Optional<ChangeAssessment> change) {

  public ActionRecord {
    attached = Set.copyOf(attached);
  }
}
