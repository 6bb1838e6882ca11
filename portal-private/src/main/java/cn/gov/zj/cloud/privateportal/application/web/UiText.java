package cn.gov.zj.cloud.privateportal.application.web;

/** A page text with its arguments, in the view's language. */
final class UiText {

  private UiText() {}

  static String format(String key, Object... arguments) {
    return PageText.ofView().ui(key, arguments);
  }
}
