package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times on the registry's pages: {@code yyyy-MM-dd HH:mm} in Beijing time. */
@Named
@ApplicationScoped
public class RegistryTimes {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);

  public String minutes(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
