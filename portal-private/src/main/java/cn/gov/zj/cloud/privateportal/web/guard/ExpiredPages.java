package cn.gov.zj.cloud.privateportal.web.guard;

import cn.gov.zj.cloud.domain.web.RefusalPage;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Art. 25: a post whose page state is expired or forged (a garbage {@code jakarta.faces.ViewState},
 * a view of an ended session) shows a plain "page expired, reload" page in the visitor's language
 * with status 400, never a 500; an Ajax request is told to reload the page. Covers {@link
 * ViewExpiredException}, whatever restoring a forged state throws, and a post that lacks or forges
 * PrimeFaces' CSP nonce (which a page of the portal always sends). Registered in faces-config.xml.
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

    private static final Logger LOG = Logger.getLogger(ExpiredPages.class.getName());

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
          LOG.fine(() -> "expired or forged page state: " + queued.getException());
          answer(queued.getContext());
          return;
        }
      }
      super.handle();
    }

    /** PrimeFaces' refusal of a post whose CSP nonce is missing or not the page's. */
    private static final String CSP_REFUSAL = "org.primefaces.csp.CspException";

    /**
     * An expired view or a refused CSP nonce anywhere in the causes, or any failure to restore a
     * posted state.
     */
    static boolean expired(Throwable failure, PhaseId phase, FacesContext faces) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException
            || CSP_REFUSAL.equals(cause.getClass().getName()) && faces.isPostback()) {
          return true;
        }
      }
      return PhaseId.RESTORE_VIEW.equals(phase) && faces.isPostback();
    }

    private static void answer(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      String page = forwarded instanceof String uri ? uri : request.getRequestURI();
      try {
        if (external.isResponseCommitted()) {
          return;
        }
        external.responseReset();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
          external.setResponseContentType("text/xml");
          external.setResponseCharacterEncoding("UTF-8");
          external
              .getResponseOutputWriter()
              .write(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                      + page.replace("&", "&amp;").replace("\"", "&quot;")
                      + "\"/></partial-response>");
        } else {
          external.setResponseStatus(400);
          external.setResponseContentType("text/html;charset=UTF-8");
          external.addResponseHeader("Cache-Control", "no-store");
          external
              .getResponseOutputWriter()
              .write(
                  RefusalPage.html(
                      LocaleSelection.of(request), "expired", request.getContextPath(), page));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        faces.responseComplete();
      }
    }
  }
}
