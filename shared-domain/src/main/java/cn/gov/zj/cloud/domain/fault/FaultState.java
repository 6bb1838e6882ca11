package cn.gov.zj.cloud.domain.fault;

/**
 * Art. 13: where a fault stands. A reopened fault goes back to {@link #ACKNOWLEDGED}: the provider
 * has already responded once, so only the resolution clock runs again.
 */
public enum FaultState {
  /** Reported by the unit; the response clock runs. */
  REPORTED,
  /** The provider responded; the resolution clock runs. */
  ACKNOWLEDGED,
  /** The provider reports it resolved; the unit confirms or reopens. */
  RESOLVED,
  /** The unit confirmed the resolution; nothing more happens. */
  CLOSED;

  /** Whether the provider still owes a resolution (the resolution clock runs). */
  public boolean isOpen() {
    return this == REPORTED || this == ACKNOWLEDGED;
  }

  /** The bundle key of the state's name, e.g. {@code fault.state.REPORTED}. */
  public String nameKey() {
    return "fault.state." + name();
  }
}
