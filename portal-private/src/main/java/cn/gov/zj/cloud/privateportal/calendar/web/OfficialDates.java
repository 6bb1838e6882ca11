package cn.gov.zj.cloud.privateportal.calendar.web;

import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Art. 8–12: for pages showing a date reckoned by the portal (a trial's end), whether it lies in a
 * year whose State Council notice is not loaded, so that it is shown as provisional (推算).
 */
@Named
@ApplicationScoped
public class OfficialDates {

  @Inject private WorkingCalendar calendar;

  /** True for a date in a year the calendar does not cover; false for none. */
  public boolean provisional(LocalDate date) {
    return date != null && !calendar.current().covers(date);
  }
}
