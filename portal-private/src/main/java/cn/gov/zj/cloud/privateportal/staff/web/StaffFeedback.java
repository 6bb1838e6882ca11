package cn.gov.zj.cloud.privateportal.staff.web;

import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Art. 25: the staff pages' way of running an action and saying how it went. */
final class StaffFeedback {

  private StaffFeedback() {}

  /**
   * Runs an action as {@link FacesFeedback#attempt} does, and shows a refusal on one's own account
   * (409 over REST) as a message at the top of the page.
   */
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
