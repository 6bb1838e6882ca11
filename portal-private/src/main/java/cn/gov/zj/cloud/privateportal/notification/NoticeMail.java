package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Art. 8–12: the text of a notification's mail, Chinese first and English after: the message, the
 * step that now runs, its deadline (a Beijing date, 24:00), the opinion given, and the link to the
 * application. Lines without a value are left out.
 */
record NoticeMail(
    String chinese, String english, String step, LocalDate due, String opinion, String link) {

  /** The mail of a stored notification: its message key and arguments worded in both languages. */
  static NoticeMail of(
      String messageKey,
      String arguments,
      String step,
      LocalDate due,
      String opinion,
      String link) {
    return new NoticeMail(
        NoticeText.render(Messages.CHINESE, messageKey, arguments),
        NoticeText.render(Locale.ENGLISH, messageKey, arguments),
        step,
        due,
        opinion,
        link);
  }

  String subject() {
    return Messages.get(Messages.CHINESE, "notification.mail.subject", chinese);
  }

  String body() {
    return text(Messages.CHINESE) + "\n\n" + text(Locale.ENGLISH) + "\n";
  }

  private String message(Locale locale) {
    return Locale.ENGLISH.equals(locale) ? english : chinese;
  }

  private String text(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(message(locale));
    if (step != null) {
      String name = Messages.get(locale, "application.step." + step);
      lines.add(Messages.get(locale, "notification.mail.step", name));
    }
    if (due != null) {
      lines.add(Messages.get(locale, "notification.mail.due", BeijingTime.date(due)));
    }
    if (opinion != null && !opinion.isBlank()) {
      lines.add(Messages.get(locale, "notification.mail.opinion", opinion.strip()));
    }
    lines.add(Messages.get(locale, "notification.mail.link", link));
    return String.join("\n", lines);
  }
}
