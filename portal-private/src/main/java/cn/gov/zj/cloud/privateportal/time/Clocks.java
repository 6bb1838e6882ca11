package cn.gov.zj.cloud.privateportal.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the portal, on Asia/Shanghai time; tests may replace it. */
@ApplicationScoped
public class Clocks {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Produces
  Clock clock() {
    return Clock.system(ZONE);
  }
}
