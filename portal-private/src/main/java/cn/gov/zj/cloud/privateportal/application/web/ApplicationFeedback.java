package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.application.ActionRefused;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Art. 6–12: how the application pages answer bad input and refusals: each fault beside its input
 * (resource lines in their row), a missing attachment at the top naming its kind, a 403 or 409 as
 * the translated reason.
 */
final class ApplicationFeedback {

  private static final Pattern LINE = Pattern.compile("resources\\[(\\d+)](?:\\.(\\w+))?");
  private static final String ATTACHMENTS = "attachments.";

  private ApplicationFeedback() {}

  /**
   * Runs a page action, answering bad input beside its fields, a refused action (403, 409) and a
   * conflict with their translated reasons, and the rest as every page does.
   */
  static void attempt(String formId, Runnable action) {
    FacesFeedback.attempt(
        formId,
        () -> {
          try {
            action.run();
          } catch (InvalidInputException e) {
            invalid(formId, e);
          } catch (ActionRefused e) {
            refused(e.refusal());
          } catch (Conflict e) {
            conflict(e);
          }
        });
  }

  /** The input of a service field: {@code resources[2].memoryGiB} is {@code lines:2:memory-gib}. */
  static String clientId(String formId, String field) {
    Matcher line = LINE.matcher(field);
    if (line.matches()) {
      String input = line.group(2) == null ? "type" : inputId(line.group(2));
      return formId + ":lines:" + line.group(1) + ":" + input;
    }
    return formId + ":" + inputId(field);
  }

  private static String inputId(String field) {
    return FacesFeedback.kebab(field.replace("GiB", "Gib")).replace('.', '-');
  }

  /** Art. 7, 9, 11, 12: faults beside their inputs; missing materials at the top by kind. */
  static void invalid(String formId, InvalidInputException e) {
    List<FieldError> others = new ArrayList<>();
    for (FieldError error : e.errors()) {
      if (error.field().startsWith(ATTACHMENTS)) {
        String kind = error.field().substring(ATTACHMENTS.length());
        top(
            FacesFeedback.text("application.fieldMessage")
                .replace("{0}", FacesFeedback.domain("application.attachmentKind." + kind))
                .replace(
                    "{1}", FacesFeedback.domain(error.messageKey(), error.arguments().toArray())));
      } else {
        others.add(error);
      }
    }
    if (!others.isEmpty()) {
      // issue 11: only materials missing is a refusal at the top, not the 500 page
      FacesFeedback.invalid(new InvalidInputException(others), field -> clientId(formId, field));
    }
  }

  /** Art. 6–12: 403 names the role the action needs; 409 the state and what is allowed now. */
  static String refusal(Outcome.Refusal refusal) {
    String action = FacesFeedback.domain(refusal.action().nameKey());
    if (refusal.reason() == Outcome.Reason.WRONG_ROLE) {
      return FacesFeedback.domain(
          "application.refusal.wrongRole",
          action,
          FacesFeedback.text("role." + refusal.requiredRole().realmRole()));
    }
    String allowed =
        refusal.allowedNow().stream()
            .map(Action::nameKey)
            .map(FacesFeedback::domain)
            .collect(Collectors.joining(FacesFeedback.text("list.separator")));
    return FacesFeedback.domain(
        "application.refusal.notAllowedNow",
        FacesFeedback.domain(refusal.state().nameKey()),
        action,
        allowed.isEmpty() ? "—" : allowed);
  }

  private static void refused(Outcome.Refusal refusal) {
    top(refusal(refusal));
  }

  /** 409: e.g. an upload to a closed application. */
  private static void conflict(Conflict e) {
    top(FacesFeedback.domain(e.messageKey(), e.arguments().toArray()));
  }

  private static void top(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
