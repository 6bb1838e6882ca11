package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * The registry's page actions: the refusals every action may meet as messages ({@link
 * FacesFeedback#attempt}), and a record's state that forbids the action (a retired unit or system,
 * Art. 3) as a message too, never an error page.
 */
final class RegistryFeedback {

  private RegistryFeedback() {}

  static void attempt(String formId, Runnable action) {
    try {
      FacesFeedback.attempt(formId, action);
    } catch (Conflict e) {
      String text = FacesFeedback.domain(e.messageKey(), e.arguments().toArray());
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }
}
