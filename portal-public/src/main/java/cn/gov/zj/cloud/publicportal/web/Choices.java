package cn.gov.zj.cloud.publicportal.web;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Art. 23: the options of a radio group or of check boxes, named in the visitor's language. */
public final class Choices {

  private Choices() {}

  /** The four grades: 非常满意, 满意, 基本满意, 不满意. */
  public static List<SelectItem> grades(Locale locale) {
    return of(Grade.values(), Grade::nameKey, locale);
  }

  /** Each constant by its name, labelled with the shared bundle's text under its key. */
  public static <E extends Enum<E>> List<SelectItem> of(
      E[] constants, Function<E, String> key, Locale locale) {
    return Arrays.stream(constants)
        .map(c -> new SelectItem(c.name(), Messages.get(locale, key.apply(c))))
        .toList();
  }
}
