package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Art. 6, 8–12: the names and the deadline that the application pages show beside the record. */
@ApplicationScoped
public class ApplicationDisplay {

  @Inject private Systems systems;
  @Inject private Units units;
  @Inject private WorkingCalendar calendar;
  @Inject private Clock clock;

  ApplicationRow row(CloudApplication application) {
    return new ApplicationRow(
        application.getId(),
        systemName(application.getSystemId()),
        application.getState(),
        deadline(application));
  }

  /** Art. 8–12: the running step's deadline today (Beijing time), or null. */
  Deadline deadline(CloudApplication application) {
    return Deadline.of(application, calendar.current(), today());
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.ZONE));
  }

  String systemName(long systemId) {
    try {
      return systems.get(systemId).getName();
    } catch (NotFound | AccessDenied e) {
      return "#" + systemId;
    }
  }

  String unitName(long unitId) {
    try {
      return units.get(unitId).getName();
    } catch (NotFound | AccessDenied e) {
      return "#" + unitId;
    }
  }
}
