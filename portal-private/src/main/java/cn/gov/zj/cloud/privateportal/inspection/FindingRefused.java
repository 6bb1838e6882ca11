package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingState;
import java.util.List;

/** Art. 17: 409, the finding's state does not allow the action; with the actions allowed now. */
public class FindingRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final FindingState state;

  public FindingRefused(FindingState state) {
    super("finding is " + state);
    this.state = state;
  }

  public FindingState state() {
    return state;
  }

  public List<FindingAction> allowedNow() {
    return FindingAction.allowedIn(state);
  }
}
