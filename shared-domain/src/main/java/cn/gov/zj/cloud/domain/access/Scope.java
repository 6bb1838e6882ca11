package cn.gov.zj.cloud.domain.access;

/** Art. 20: the kinds of a unit's resources (用户资源) that a grant opens to the provider. */
public enum Scope {
  /** 云主机: the system's cloud hosts. */
  HOST,
  /** 云数据库: its databases. */
  DATABASE,
  /** 云存储: its storage. */
  STORAGE;

  /** The bundle key of its name. */
  public String nameKey() {
    return "access.scope." + name();
  }
}
