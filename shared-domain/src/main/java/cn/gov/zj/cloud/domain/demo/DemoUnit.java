package cn.gov.zj.cloud.domain.demo;

import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.tenant.Tenant;

/**
 * The demonstration using unit seeded in each tenant in development only; the demo users of that
 * tenant belong to it. Its credit code is derived from the tenant's division code, so that the
 * realm provisioning and the portal agree without sharing a database.
 */
public record DemoUnit(String nameZh, String nameEn, CreditCode creditCode, String contact) {

  /** 机关 (category 1, kind 1), then the division code, then a fixed organisation code. */
  public static DemoUnit of(Tenant tenant) {
    String first17 = "11" + tenant.division() + "002990001";
    CreditCode code = new CreditCode(first17 + CreditCode.checkCharacter(first17));
    return new DemoUnit(
        tenant.nameZh() + "大数据发展管理局（演示）",
        tenant.nameEn() + " Big Data Bureau (demo)",
        code,
        "0571-00000000");
  }
}
