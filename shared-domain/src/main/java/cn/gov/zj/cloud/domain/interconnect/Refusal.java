package cn.gov.zj.cloud.domain.interconnect;

/** Art. 24: why a message was refused; the receiver logs the reason and drops the message. */
public enum Refusal {
  TOO_LARGE,
  MALFORMED,
  UNKNOWN_TYPE,
  UNSUPPORTED_VERSION,
  WRONG_DIRECTION,
  UNKNOWN_TENANT,
  UNKNOWN_FIELD,
  MISSING_FIELD,
  FIELD_TOO_LONG,
  BAD_SIGNATURE
}
