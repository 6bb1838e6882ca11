package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.services.TrainingSession;
import cn.gov.zj.cloud.privateportal.services.Trainings;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 14: one session: its details and registrations (the provider sees all, unit staff their
 * unit's); the provider edits or cancels it before it starts and records attendance after.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Trainings trainings;
  @Inject private PortalPage page;
  @Inject private Clock clock;

  private Long id;
  private TrainingSession session;
  private List<TrainingSession.Registration> registrations;
  private List<String> attended = new ArrayList<>();
  private SessionFields fields;

  /** Loads the session; 404 for one the actor does not see. */
  public void load() {
    try {
      session = id == null ? null : trainings.get(id);
      registrations = session == null ? List.of() : trainings.registrations(id);
    } catch (NotFound | AccessDenied e) {
      session = null;
    }
    if (session == null) {
      FacesFeedback.sendError(404);
      return;
    }
    fields = SessionFields.of(session);
    attended =
        new ArrayList<>(
            registrations.stream()
                .filter(registration -> registration.attended().orElse(false))
                .map(TrainingSession.Registration::username)
                .toList());
  }

  public boolean isUpcoming() {
    return session != null && session.upcomingAt(clock.instant());
  }

  /** Attendance is recorded once the session started (not for a cancelled one). */
  public boolean isStarted() {
    return session != null && !session.cancelled() && !session.startsAt().isAfter(clock.instant());
  }

  public void save() {
    FacesFeedback.attempt(
        "edit-form",
        () -> {
          trainings.edit(id, fields.toDraft());
          FacesFeedback.redirectWith("message.saved", here());
        });
  }

  public void cancel() {
    FacesFeedback.attempt(
        "session-form",
        () -> {
          trainings.cancel(id);
          FacesFeedback.redirectWith("services.training.cancelledDone", here());
        });
  }

  public void recordAttendance() {
    FacesFeedback.attempt(
        "attendance-form",
        () -> {
          trainings.recordAttendance(id, attended);
          FacesFeedback.redirectWith("services.training.attendanceDone", here());
        });
  }

  private String here() {
    return page.path("training") + "?id=" + id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public List<TrainingSession.Registration> getRegistrations() {
    return registrations;
  }

  public List<String> getAttended() {
    return attended;
  }

  public void setAttended(List<String> attended) {
    this.attended = attended == null ? new ArrayList<>() : new ArrayList<>(attended);
  }

  public SessionFields getFields() {
    return fields;
  }
}
