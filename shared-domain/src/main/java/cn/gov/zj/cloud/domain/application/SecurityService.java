package cn.gov.zj.cloud.domain.application;

/** Art. 7: the cloud security services of the catalogue. */
public enum SecurityService {
  /** Web application firewall. */
  WAF,
  ANTI_DDOS,
  HOST_SECURITY,
  DATABASE_AUDIT,
  BASTION_HOST
}
