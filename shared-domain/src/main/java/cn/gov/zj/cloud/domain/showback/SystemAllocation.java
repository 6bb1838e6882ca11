package cn.gov.zj.cloud.domain.showback;

import java.util.List;

/** Art. 21: an application system of the unit with the periods of its allocation. */
public record SystemAllocation(long systemId, String systemName, List<AllocationPeriod> periods) {

  public SystemAllocation {
    periods = List.copyOf(periods);
  }
}
