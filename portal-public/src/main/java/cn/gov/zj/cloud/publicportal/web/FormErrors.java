package cn.gov.zj.cloud.publicportal.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Art. 23: what was wrong with one submission of a form, translated: per field (shown next to it,
 * which names it in {@code aria-describedby}) and for the form as a whole (the rate limit, a rating
 * the rules refuse). Whenever there is any, nothing was stored.
 */
public final class FormErrors {

  private final Locale locale;
  private final String form;
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<String> ofForm = new ArrayList<>();

  /**
   * @param form the form's id, which prefixes the ids of its error texts
   */
  public FormErrors(Locale locale, String form) {
    this.locale = locale;
    this.form = form;
  }

  /** Every field the domain named, in its message; {@code tags[2]} counts as {@code tags}. */
  public void add(InvalidInputException invalid) {
    invalid
        .errors()
        .forEach(
            error ->
                byField.putIfAbsent(
                    error.field().replaceFirst("\\[\\d+]$", ""),
                    Messages.get(locale, error.messageKey(), error.arguments().toArray())));
  }

  /** A fault of the whole submission, already translated. */
  public void form(String text) {
    ofForm.add(text);
  }

  public boolean isEmpty() {
    return byField.isEmpty() && ofForm.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The field's error text; empty when it has none. */
  public String text(String field) {
    return byField.getOrDefault(field, "");
  }

  /** The form's id. */
  public String getForm() {
    return form;
  }

  /** The id of the field's error text, e.g. {@code consult-form-subject-error}. */
  public String id(String field) {
    return form + "-" + field + "-error";
  }

  public List<String> getOfForm() {
    return List.copyOf(ofForm);
  }

  public boolean isFieldsInvalid() {
    return !byField.isEmpty();
  }
}
