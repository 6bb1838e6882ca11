package cn.gov.zj.cloud.privateportal.services.web;

import cn.gov.zj.cloud.domain.services.ServiceTargets;
import cn.gov.zj.cloud.privateportal.services.ServiceRules;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Art. 14, Art. 25: the service targets in force on the rules page beside the provincial defaults;
 * the tenant administrator sets a shorter response or more sessions a quarter (a longer response or
 * fewer sessions is refused beside its input).
 */
@Named
@ViewScoped
public class ServiceTargetsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "service-targets-form";

  @Inject private ServiceRules rules;

  private Integer responseWorkingDays;
  private Integer sessionsPerQuarter;

  @PostConstruct
  void init() {
    show(rules.targets());
  }

  private void show(ServiceTargets targets) {
    responseWorkingDays = targets.response().value();
    sessionsPerQuarter = targets.sessionsPerQuarter();
  }

  /**
   * Art. 25: stores the tenant's targets; a refused one is named beside its input (the inputs carry
   * the fields' names: {@code response-working-days}, {@code sessions-per-quarter}).
   */
  public void save() {
    Map<String, Integer> values = new HashMap<>();
    values.put(ServiceTargets.RESPONSE, responseWorkingDays);
    values.put(ServiceTargets.SESSIONS, sessionsPerQuarter);
    FacesFeedback.attempt(
        FORM,
        () -> {
          show(rules.change(values));
          FacesFeedback.info("message.saved");
        });
  }

  public int getProvincialResponse() {
    return ServiceTargets.PROVINCIAL.response().value();
  }

  public int getProvincialSessions() {
    return ServiceTargets.PROVINCIAL.sessionsPerQuarter();
  }

  public Integer getResponseWorkingDays() {
    return responseWorkingDays;
  }

  public void setResponseWorkingDays(Integer responseWorkingDays) {
    this.responseWorkingDays = responseWorkingDays;
  }

  public Integer getSessionsPerQuarter() {
    return sessionsPerQuarter;
  }

  public void setSessionsPerQuarter(Integer sessionsPerQuarter) {
    this.sessionsPerQuarter = sessionsPerQuarter;
  }
}
