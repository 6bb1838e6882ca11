package cn.gov.zj.cloud.domain.rules;

/** Art. 25: whose rule set a limit comes from. */
public enum RuleSource {
  /** The provincial defaults that province-admin keeps. */
  PROVINCIAL,
  /** The tenant's own local rules, set by its tenant-admin. */
  LOCAL;

  /** The bundle key of the source's name, e.g. {@code rules.source.LOCAL}. */
  public String nameKey() {
    return "rules.source." + name();
  }
}
