package cn.gov.zj.cloud.privateportal.time;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The one way this portal's pages show a time: {@code #{times.of(row.createdAt())}} gives {@code
 * yyyy-MM-dd HH:mm} in Beijing time ({@link BeijingTime}), a date as {@code yyyy-MM-dd}.
 */
@Named
@ApplicationScoped
public class Times {

  public String of(Object value) {
    return BeijingTime.of(value);
  }
}
