package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.Outcome;

/**
 * Art. 6–12: the lifecycle refused an action: 403 for the wrong role, 409 for an action the current
 * state does not allow (with what is allowed now). Nothing was changed.
 */
public class ActionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Outcome.Refusal refusal;

  public ActionRefused(Outcome.Refusal refusal) {
    super(refusal.reason() + ": " + refusal.action().restName() + " in " + refusal.state());
    this.refusal = refusal;
  }

  public Outcome.Refusal refusal() {
    return refusal;
  }
}
