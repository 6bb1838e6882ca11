package cn.gov.zj.cloud.publicportal.web.guard;

import cn.gov.zj.cloud.domain.web.RefusalPage;
import cn.gov.zj.cloud.publicportal.web.Language;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Art. 23, issue 10: a form post whose page state is forged (a {@code jakarta.faces.ViewState}
 * other than the stateless pages' own) shows the plain "page expired, reload" page in the visitor's
 * language with status 400, never the 500 page. Registered in faces-config.xml.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

  public ExpiredPages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExceptionQueuedEventContext queued = events.next().getContext();
        if (expired(queued.getException(), queued.getPhaseId(), queued.getContext())) {
          events.remove();
          answer(queued.getContext());
          return;
        }
      }
      super.handle();
    }

    private static boolean expired(Throwable failure, PhaseId phase, FacesContext faces) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException) {
          return true;
        }
      }
      return PhaseId.RESTORE_VIEW.equals(phase) && faces.isPostback();
    }

    private static void answer(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      try {
        if (!external.isResponseCommitted()) {
          external.responseReset();
          external.setResponseStatus(400);
          external.setResponseContentType("text/html;charset=UTF-8");
          external.addResponseHeader("Cache-Control", "no-store");
          external
              .getResponseOutputWriter()
              .write(
                  RefusalPage.html(
                      CDI.current().select(Language.class).get().getLocale(),
                      "expired",
                      request.getContextPath(),
                      request.getContextPath() + "/"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        faces.responseComplete();
      }
    }
  }
}
