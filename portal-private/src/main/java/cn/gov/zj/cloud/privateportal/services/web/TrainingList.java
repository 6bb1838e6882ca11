package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.services.TrainingQuarter;
import cn.gov.zj.cloud.privateportal.services.TrainingSession;
import cn.gov.zj.cloud.privateportal.services.Trainings;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Art. 14 (培训): the tenant's sessions, upcoming soonest first or past latest first, with the seats
 * left; unit staff register and unregister here, the provider schedules; the quarters that ended
 * without enough sessions are shown to all.
 */
@Named
@ViewScoped
public class TrainingList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Trainings trainings;
  @Inject private PortalPage page;
  @Inject private Clock clock;

  private PagedModel<TrainingSession> model;
  private Trainings.When when = Trainings.When.UPCOMING;
  private SessionFields fields = new SessionFields();
  private List<TrainingQuarter> missed;

  @PostConstruct
  void init() {
    TrainingList self = this;
    model =
        new PagedModel<>(
            request -> self.trainings.list(self.when, request),
            Set.of("startsAt"),
            "startsAt",
            TrainingSession::id);
  }

  public PagedModel<TrainingSession> getModel() {
    return model;
  }

  public List<Trainings.When> getWhens() {
    return List.of(Trainings.When.UPCOMING, Trainings.When.PAST);
  }

  /** Art. 14: the ended quarters with too few sessions. */
  public List<TrainingQuarter> getMissed() {
    if (missed == null) {
      missed = trainings.missedQuarters();
    }
    return missed;
  }

  public boolean upcoming(TrainingSession session) {
    return session.upcomingAt(clock.instant());
  }

  public void schedule() {
    FacesFeedback.attempt(
        "schedule-form",
        () -> {
          TrainingSession session = trainings.schedule(fields.toDraft());
          FacesFeedback.redirectWith(
              "services.training.scheduled", page.path("training") + "?id=" + session.id());
        });
  }

  public void register(long id) {
    FacesFeedback.attempt(
        "trainings-form",
        () -> {
          trainings.register(id);
          FacesFeedback.info("services.training.registeredDone");
        });
  }

  public void unregister(long id) {
    FacesFeedback.attempt(
        "trainings-form",
        () -> {
          trainings.unregister(id);
          FacesFeedback.info("services.training.unregisteredDone");
        });
  }

  public Trainings.When getWhen() {
    return when;
  }

  public void setWhen(Trainings.When when) {
    this.when = when == null ? Trainings.When.UPCOMING : when;
  }

  public SessionFields getFields() {
    return fields;
  }
}
