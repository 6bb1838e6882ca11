package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import java.io.Serializable;
import java.time.LocalDate;

/** Art. 6: one line of the applications list (a bean, so that the table can sort by its names). */
public class ApplicationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String systemName;
  private final ApplicationState state;
  private final Deadline deadline;

  ApplicationRow(long id, String systemName, ApplicationState state, Deadline deadline) {
    this.id = id;
    this.systemName = systemName;
    this.state = state;
    this.deadline = deadline;
  }

  public long getId() {
    return id;
  }

  public String getSystemName() {
    return systemName;
  }

  public ApplicationState getState() {
    return state;
  }

  /** The running step's deadline, or null. */
  public Deadline getDeadline() {
    return deadline;
  }

  public LocalDate getDueDate() {
    return deadline == null ? null : deadline.dueDate();
  }

  /** Art. 8–12: shown in red with a text marker. */
  public boolean isOverdue() {
    return deadline != null && deadline.overdue();
  }
}
