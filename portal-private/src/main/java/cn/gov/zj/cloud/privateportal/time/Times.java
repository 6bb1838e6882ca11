package cn.gov.zj.cloud.privateportal.time;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;

/**
 * The one way this portal's pages show a time: {@code #{times.of(row.createdAt())}} gives {@code
 * yyyy-MM-dd HH:mm} in Beijing time ({@link BeijingTime}), a date as {@code yyyy-MM-dd}; {@code
 * #{times.span(seconds)}} a short span in seconds, minutes, or hours and minutes.
 */
@Named
@ApplicationScoped
public class Times {

  public String of(Object value) {
    return text(value);
  }

  /**
   * The same text outside a page (the PDF documents): a time in Beijing time, a date, else as is.
   */
  public static String text(Object value) {
    return BeijingTime.of(value);
  }

  /** A span in the view's language: "8 秒", "12 分钟", "2 小时 5 分钟". */
  public String span(long seconds) {
    long minutes = Math.max(0, seconds) / 60;
    if (minutes == 0) {
      return format("time.seconds", Math.max(0, seconds));
    }
    return minutes < 60
        ? format("time.minutes", minutes)
        : format("time.hoursMinutes", minutes / 60, minutes % 60);
  }

  private static String format(String key, Object... arguments) {
    return MessageFormat.format(FacesFeedback.text(key), arguments);
  }
}
