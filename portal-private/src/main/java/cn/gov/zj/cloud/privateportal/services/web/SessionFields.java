package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.services.TrainingSession;
import java.io.Serializable;
import java.time.format.DateTimeParseException;

/**
 * Art. 14: the inputs of a session's form; the start is typed as {@code yyyy-MM-dd HH:mm}, Beijing
 * time, as every page shows times.
 */
public class SessionFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String start;
  private Integer durationMinutes = 90;
  private String place;
  private String onlineLink;
  private Integer capacity = 30;
  private String materials;

  /** The fields of a stored session, to edit it. */
  static SessionFields of(TrainingSession session) {
    SessionFields fields = new SessionFields();
    fields.title = session.title();
    fields.start = BeijingTime.minutes(session.startsAt());
    fields.durationMinutes = session.durationMinutes();
    fields.place = session.place().orElse(null);
    fields.onlineLink = session.onlineLink().orElse(null);
    fields.capacity = session.capacity();
    fields.materials = session.materials().orElse(null);
    return fields;
  }

  /** The draft; a start that is not a time is named as {@code startsAt}. */
  TrainingSession.Draft toDraft() {
    java.time.Instant startsAt = null;
    if (start != null && !start.isBlank()) {
      try {
        startsAt = BeijingTime.parseMinutes(start);
      } catch (DateTimeParseException e) {
        new Violations().add("startsAt", "services.training.notATime").throwIfAny();
      }
    }
    return new TrainingSession.Draft(
        title, startsAt, durationMinutes, place, onlineLink, capacity, materials);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String onlineLink) {
    this.onlineLink = onlineLink;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }
}
