package cn.gov.zj.cloud.domain.registry;

/**
 * Art. 3: how a system on the cloud came there: built new on the platform (新建上云) or migrated from
 * where it ran before (迁移上云). Set by the activation of its application (Art. 10).
 */
public enum CloudEntry {
  /** Built new on the platform: the system was registered as planned. */
  NEW,
  /** Moved onto the platform from where it ran before. */
  MIGRATED
}
