package cn.gov.zj.cloud.domain.interconnect;

/**
 * Art. 24: which way a message goes. The private zone opens every exchange: it pushes publications
 * and pulls submissions; the public zone never connects to the private zone.
 */
public enum Direction {
  /** Written by the private zone, pushed to the public zone. */
  PUBLICATION,
  /**
   * Written by the public zone, kept there until the private zone has pulled and acknowledged it.
   */
  SUBMISSION
}
