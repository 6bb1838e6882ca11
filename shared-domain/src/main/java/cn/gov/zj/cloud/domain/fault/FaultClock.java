package cn.gov.zj.cloud.domain.fault;

/** Art. 13: the two clocks of a fault: the provider's response, then the resolution. */
public enum FaultClock {
  RESPONSE,
  RESOLUTION;

  /** The field that holds a target of this clock for {@code severity}, e.g. {@code P1.response}. */
  public String field(Severity severity) {
    return severity.name() + "." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The bundle key of the clock's name, e.g. {@code fault.clock.RESPONSE}. */
  public String nameKey() {
    return "fault.clock." + name();
  }
}
