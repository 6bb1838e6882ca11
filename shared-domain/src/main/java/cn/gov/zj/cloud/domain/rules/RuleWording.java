package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.i18n.Messages;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Art. 25: the rule in force in plain words, e.g. "全省默认规则（现行）" or "湖州市地方规则 第 2 版，2026-12-01 起",
 * from a {@link RuleOrigin} or from the label a step stored ({@code LOCAL v2
 * 2026-11-30T16:00:00Z}); a stored text that is no such label is shown as it is.
 */
public final class RuleWording {

  private static final Pattern LABEL = Pattern.compile("(PROVINCIAL|LOCAL) v(\\d+) (\\S+)");

  private RuleWording() {}

  /**
   * Art. 25: the label a step stores of the rule that set its limit, read back by {@link #parse}.
   */
  public static String label(RuleOrigin origin) {
    return origin.source().name() + " v" + origin.version() + " " + origin.effectiveFrom();
  }

  /** The origin a step stored as its label; empty when the text is no label. */
  public static Optional<RuleOrigin> parse(String label) {
    Matcher matcher = label == null ? null : LABEL.matcher(label.strip());
    if (matcher == null || !matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RuleOrigin(
              RuleSource.valueOf(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Instant.parse(matcher.group(3))));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code origin} in {@code locale}; {@code tenantName} names whose local rules they are. */
  public static String of(Locale locale, RuleOrigin origin, String tenantName) {
    if (origin.source() == RuleSource.PROVINCIAL && origin.version() == 0) {
      return Messages.get(locale, "rules.origin.statutory");
    }
    return Messages.get(
        locale,
        "rules.origin." + origin.source().name(),
        Integer.toString(origin.version()),
        BeijingTime.date(OfficialCalendar.dateOf(origin.effectiveFrom())),
        tenantName);
  }

  /** A stored label in {@code locale}; what is no label (older rows) as it was stored. */
  public static String of(Locale locale, String label, String tenantName) {
    if (label == null || label.isBlank()) {
      return BeijingTime.NONE;
    }
    return parse(label).map(origin -> of(locale, origin, tenantName)).orElse(label);
  }
}
