package cn.gov.zj.cloud.domain.filing;

/** Art. 4, 5: which platform a tenant's units use: the provincial one, or the city's own. */
public enum PlatformChoice {
  /** The provincial e-government cloud platform. */
  PROVINCIAL,
  /** The city's own platform, whose plan is filed with the province (Art. 5). */
  CITY;

  /** The bundle key of the choice's name, e.g. {@code profile.platform.CITY}. */
  public String nameKey() {
    return "profile.platform." + name();
  }
}
