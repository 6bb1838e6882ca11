package cn.gov.zj.cloud.domain.tenant;

/** Art. 4 and Art. 5: the provincial platform and the cities' platforms. */
public enum TenantKind {
  PROVINCE,
  CITY
}
