package cn.gov.zj.cloud.domain.services;

/** Art. 14: where a service request stands. */
public enum ServiceState {
  /** Asked; the provider's response is due. */
  OPEN,
  /** The provider answered; the unit closes it with a closing note. */
  ANSWERED,
  /** The unit confirmed and closed it. */
  CLOSED;

  /** The bundle key of its name. */
  public String nameKey() {
    return "services.state." + name();
  }
}
