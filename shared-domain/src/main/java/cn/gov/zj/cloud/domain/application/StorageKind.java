package cn.gov.zj.cloud.domain.application;

/** Art. 7: the kinds of cloud storage in the catalogue. */
public enum StorageKind {
  OBJECT,
  BLOCK,
  FILE
}
