package cn.gov.zj.cloud.domain.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Art. 24, Art. 25 (issue 10, fail closed on secrets): the keys and secrets a process needs.
 * Outside demo mode a missing one stops the start, naming its variable; only with demo mode
 * switched on explicitly ({@code ZJ_DEMO=true}) may a development value stand in, with a warning.
 */
public final class RequiredSecrets {

  /** The variable that switches demo mode on; anything but {@code true} leaves it off. */
  public static final String DEMO_VARIABLE = "ZJ_DEMO";

  private static final Logger LOG = Logger.getLogger(RequiredSecrets.class.getName());

  private final List<String> names;

  public RequiredSecrets(String... names) {
    this.names = List.of(names);
  }

  /** The variables, in the order a missing one is reported. */
  public List<String> names() {
    return names;
  }

  /** Whether these settings switch demo mode on explicitly. */
  public static boolean demo(Function<String, Optional<String>> settings) {
    return settings.apply(DEMO_VARIABLE).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
  }

  /** The required variables that have no value (unset or blank) in these settings. */
  public List<String> missing(Function<String, Optional<String>> settings) {
    return names.stream()
        .filter(name -> settings.apply(name).filter(v -> !v.isBlank()).isEmpty())
        .toList();
  }

  /**
   * Refuses settings that lack a required secret outside demo mode, naming every missing variable;
   * in demo mode only warns.
   *
   * @throws IllegalStateException outside demo mode, when a required variable has no value
   */
  public void check(Function<String, Optional<String>> settings) {
    List<String> missing = missing(settings);
    if (missing.isEmpty()) {
      return;
    }
    if (!demo(settings)) {
      throw new IllegalStateException(refusal(missing));
    }
    LOG.warning(
        "demo mode (ZJ_DEMO=true): development values stand in for " + String.join(", ", missing));
  }

  /** The message that names the missing variables. */
  public static String refusal(List<String> missing) {
    return "required setting missing outside demo mode (ZJ_DEMO=true): "
        + String.join(", ", missing)
        + " must be set; see docs/runtime.md";
  }
}
