package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.staff.DirectoryUnavailable;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/** Messages on pages: bad input beside each field, others at the top, all from the bundles. */
public final class FacesFeedback {

  private FacesFeedback() {}

  private static Locale locale(FacesContext faces) {
    return faces.getViewRoot() == null
        ? Messages.CHINESE
        : Messages.supported(faces.getViewRoot().getLocale());
  }

  /** A page text of the UI bundle in the view's language. */
  public static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle("cn.gov.zj.cloud.privateportal.web.ui", locale(faces))
        .getString(key);
  }

  /**
   * Runs a page action, turning the refusals every action may meet into messages: bad input beside
   * its fields, a missing role, a vanished record, an unavailable directory.
   */
  public static void attempt(String formId, Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      invalid(formId, e);
    } catch (AccessDenied e) {
      error("message.forbidden");
    } catch (NotFound e) {
      error("message.notFound");
    } catch (DirectoryUnavailable e) {
      error("message.failure");
    } catch (Conflict e) {
      String text = domain(e.messageKey(), e.arguments().toArray());
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  /** Each invalid field's message on its input, whose id is the field name in kebab case. */
  public static void invalid(String formId, InvalidInputException e) {
    invalid(e, field -> formId + ":" + kebab(field));
  }

  /**
   * Each invalid field's message on the input {@code clientIdOf} names for it (null: at the top of
   * the page), for forms whose inputs do not follow the field names (rows, nested fields).
   */
  public static void invalid(InvalidInputException e, Function<String, String> clientIdOf) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError error : e.errors()) {
      String message = Messages.get(locale(faces), error.messageKey(), error.arguments().toArray());
      faces.addMessage(
          clientIdOf.apply(error.field()),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
    error("message.invalid");
    faces.validationFailed();
  }

  /** A text of the shared domain bundle (states, actions, refusals) in the view's language. */
  public static String domain(String key, Object... arguments) {
    return Messages.get(locale(FacesContext.getCurrentInstance()), key, arguments);
  }

  public static void info(String key) {
    add(FacesMessage.SEVERITY_INFO, key);
  }

  /** An information whose text (UI bundle) takes {@code arguments} in its {0}, {1} … */
  public static void info(String key, Object... arguments) {
    String text = MessageFormat.format(text(key), arguments);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  public static void error(String key) {
    add(FacesMessage.SEVERITY_ERROR, key);
  }

  /** A success message that survives the redirect after a save. */
  public static void savedAndRedirect(String path) {
    redirectWith("message.saved", path);
  }

  /** The message of {@code key} (UI bundle), kept across the redirect to {@code path}. */
  public static void redirectWith(String key, String path) {
    add(FacesMessage.SEVERITY_INFO, key);
    keepAndRedirect(path);
  }

  /** The message of {@code key} with its {0}, {1} … , kept across the redirect to {@code path}. */
  public static void redirectWith(String key, String path, Object... arguments) {
    info(key, arguments);
    keepAndRedirect(path);
  }

  /** The messages added so far, kept across the redirect to {@code path}. */
  public static void keepAndRedirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    try {
      faces.getExternalContext().redirect(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers the page request with an HTTP error (404 for what this actor may not see). */
  public static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete()) {
      return;
    }
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(FacesMessage.Severity severity, String key) {
    String text = text(key);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }

  public static String kebab(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
