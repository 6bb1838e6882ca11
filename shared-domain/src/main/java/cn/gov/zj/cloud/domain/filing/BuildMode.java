package cn.gov.zj.cloud.domain.filing;

/** Art. 5: how a city platform is built: by the city itself, or leased from a provider. */
public enum BuildMode {
  /** 自建. */
  OWN,
  /** 租用. */
  LEASED;

  /** The bundle key of the mode's name, e.g. {@code filing.mode.OWN}. */
  public String nameKey() {
    return "filing.mode." + name();
  }
}
