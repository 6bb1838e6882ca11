package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.ActionRecord;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.time.LocalDate;

/**
 * Art. 8–12: what an action leaves on the application besides its state: the approved plan, the
 * trial and its extensions, the allocation at activation, a change until it is executed.
 */
final class ActionEffects {

  private ActionEffects() {}

  static void apply(CloudApplication application, Outcome.Transition transition, LocalDate today) {
    ActionRecord record = transition.record();
    switch (transition.action()) {
      case APPROVE ->
          application.approve(
              PlanJson.write(record.resources().orElseGet(() -> PlanJson.asked(application))));
      case PROVIDE_TRIAL ->
          application.startTrial(
              today.plusDays(record.trialDays().orElseThrow()), record.environment().orElseThrow());
      case REQUEST_EXTENSION -> application.askExtension(record.extensionDays().orElseThrow());
      case GRANT_EXTENSION ->
          application.extendTrial(record.extensionDays().orElseGet(application::getExtensionDays));
      case REFUSE_EXTENSION, SUBMIT_TEST_RESULTS -> application.askExtension(null);
      case FINAL_APPROVE -> application.allocate(PlanJson.write(allocation(application, record)));
      case REQUEST_CHANGE ->
          application.askChange(
              PlanJson.write(record.resources().orElseThrow()),
              record.mlpsLevel().map(MlpsLevel::value).orElse(null));
      case REFUSE_CHANGE -> application.closeChange(false);
      case EXECUTE_CHANGE -> application.closeChange(true);
      default -> {
        // the state and the history say all there is
      }
    }
  }

  /** Art. 10: as given at the final review, else as approved (with a new elastic range if set). */
  private static ResourcePlan allocation(CloudApplication application, ActionRecord record) {
    return record
        .resources()
        .orElseGet(
            () ->
                application.getApprovedPlan() == null
                    ? PlanJson.asked(application)
                    : PlanJson.read(application.getApprovedPlan()));
  }
}
