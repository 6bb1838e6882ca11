package cn.gov.zj.cloud.domain.services;

/** Art. 14: what a unit asks the provider for on one of its systems. */
public enum ServiceKind {
  /** 云技术咨询和方案优化: cloud consulting and solution optimization. */
  CONSULTING,
  /** 配合使用单位完成应用系统上线和迁移: help to bring a system onto the cloud or move it. */
  MIGRATION_HELP;

  /** The bundle key of its name. */
  public String nameKey() {
    return "services.kind." + name();
  }
}
