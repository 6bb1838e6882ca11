package cn.gov.zj.cloud.domain.filing;

/** Art. 5: where a city's platform filing stands with the province. */
public enum FilingState {
  /** Filed by the city; the province's turn. */
  SUBMITTED,
  /** Returned by the province with its opinion; the city corrects and files again. */
  RETURNED,
  /** Accepted by the province: the platform is on the register of filed platforms. */
  ACCEPTED;

  /** The bundle key of the state's name, e.g. {@code filing.state.SUBMITTED}. */
  public String nameKey() {
    return "filing.state." + name();
  }
}
