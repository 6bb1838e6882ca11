package cn.gov.zj.cloud.domain.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * Art. 25: which rule set a value came from: the provincial defaults or the tenant's local rules,
 * its version number in that history (0: the statute itself) and the instant it took effect.
 */
public record RuleOrigin(RuleSource source, int version, Instant effectiveFrom) {

  public RuleOrigin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }

  public static RuleOrigin of(RuleSource source, RuleVersion version) {
    return new RuleOrigin(source, version.number(), version.effectiveFrom());
  }
}
