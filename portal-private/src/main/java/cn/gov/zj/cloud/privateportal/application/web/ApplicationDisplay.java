package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Art. 6, 8–12: the names and the deadline that the application pages show beside the record. */
@ApplicationScoped
public class ApplicationDisplay {

  @Inject private Systems systems;
  @Inject private Applications applications;
  @Inject private Units units;
  @Inject private WorkingCalendar calendar;
  @Inject private Clock clock;

  /** The rows of one page, with the systems' names read in one query (not one per row). */
  public Page<ApplicationRow> rows(Page<CloudApplication> page) {
    Map<Long, String> names =
        applications.systemNames(
            page.items().stream().map(CloudApplication::getSystemId).distinct().toList());
    return page.map(
        application ->
            new ApplicationRow(
                application.getId(),
                names.getOrDefault(application.getSystemId(), "#" + application.getSystemId()),
                application.getState(),
                deadline(application)));
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
