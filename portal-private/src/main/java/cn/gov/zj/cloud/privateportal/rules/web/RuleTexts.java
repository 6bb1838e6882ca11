package cn.gov.zj.cloud.privateportal.rules.web;

import cn.gov.zj.cloud.domain.rules.RuleOrigin;
import cn.gov.zj.cloud.domain.rules.RuleWording;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Art. 25: the rule in force as pages show it, in the reader's language: {@code
 * #{ruleTexts.of(application.stepRule)}} reads "湖州市地方规则 第 2 版，2026-12-01 起", never the stored
 * label.
 */
@Named
@RequestScoped
public class RuleTexts {

  @Inject private LocaleSelection selection;
  @Inject private CurrentActor actor;

  /** A label a step or a history entry stored. */
  public String of(String label) {
    Locale locale = selection.getLocale();
    return RuleWording.of(locale, label, tenantName(locale));
  }

  /** A rule's origin as the rules page lists it. */
  public String origin(RuleOrigin origin) {
    Locale locale = selection.getLocale();
    return RuleWording.of(locale, origin, tenantName(locale));
  }

  private String tenantName(Locale locale) {
    return actor.find().map(who -> who.tenant().name(locale)).orElse("");
  }
}
