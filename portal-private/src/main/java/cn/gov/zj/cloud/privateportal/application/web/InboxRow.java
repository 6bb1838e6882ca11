package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.calendar.Countdown;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import java.io.Serializable;

/**
 * Art. 8–12: one line of an inbox: the application, its system's name and, when its step has a
 * deadline, the working days left (null otherwise).
 */
public record InboxRow(CloudApplication application, String systemName, Countdown countdown)
    implements Serializable {

  public boolean overdue() {
    return countdown != null && countdown.overdue();
  }

  public boolean provisional() {
    return countdown != null && countdown.provisional();
  }
}
