package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.FaultOutcome;

/**
 * Art. 13: a fault action refused: 403 for the wrong role, 409 for an action the fault's state does
 * not allow (with what is allowed now). Nothing was changed.
 */
public class FaultRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FaultOutcome.Refusal refusal;

  public FaultRefused(FaultOutcome.Refusal refusal) {
    super(refusal.action().restName() + " in " + refusal.state());
    this.refusal = refusal;
  }

  public FaultOutcome.Refusal refusal() {
    return refusal;
  }
}
