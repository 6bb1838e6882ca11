package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import java.text.MessageFormat;

/** A page text with its arguments, in the view's language. */
final class UiText {

  private UiText() {}

  static String format(String key, Object... arguments) {
    return MessageFormat.format(FacesFeedback.text(key), arguments);
  }
}
