package cn.gov.zj.cloud.domain.fault;

/**
 * Art. 13: how grave a fault is, with the provincial default targets for the provider's response
 * and resolution: P1 and P2 around the clock, P3 and P4 in working time (office hours on the
 * official calendar). A tenant may set shorter targets (Art. 25), never longer ones.
 */
public enum Severity {
  /** The system is down or its data at risk: response 15 minutes, resolution 4 hours. */
  P1(Target.minutes(15), Target.minutes(4 * 60)),
  /** A main function fails: response 30 minutes, resolution 8 hours. */
  P2(Target.minutes(30), Target.minutes(8 * 60)),
  /** A function is degraded: response 2 working hours, resolution 3 working days. */
  P3(Target.workingMinutes(2 * 60), Target.workingDays(3)),
  /** A minor fault or a question: response 1 working day, resolution 5 working days. */
  P4(Target.workingDays(1), Target.workingDays(5));

  private final Target response;
  private final Target resolution;

  Severity(Target response, Target resolution) {
    this.response = response;
    this.resolution = resolution;
  }

  /** Art. 13: the provincial default for the provider's response (the acknowledgement). */
  public Target defaultResponse() {
    return response;
  }

  /** Art. 13: the provincial default for the resolution. */
  public Target defaultResolution() {
    return resolution;
  }

  /** The bundle key of the severity's name, e.g. {@code fault.severity.P2}. */
  public String nameKey() {
    return "fault.severity." + name();
  }
}
