package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;

/** Art. 13: what a fault list is narrowed to; each null (false) when not asked for. */
public record FaultFilter(FaultState state, Severity severity, boolean overdue, Long systemId) {

  public static final FaultFilter NONE = new FaultFilter(null, null, false, null);
}
