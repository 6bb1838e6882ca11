package cn.gov.zj.cloud.privateportal.interconnect;

/** Art. 24: the public zone or the token service did not answer as it should; retried later. */
public class ChannelDown extends RuntimeException {

  public ChannelDown(String message) {
    super(message);
  }
}
