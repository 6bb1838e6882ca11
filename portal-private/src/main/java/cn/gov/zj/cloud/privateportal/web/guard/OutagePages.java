package cn.gov.zj.cloud.privateportal.web.guard;

import cn.gov.zj.cloud.domain.outage.Outage;
import cn.gov.zj.cloud.domain.web.RefusalPage;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Issue 15: the error page of every failure that reaches the container (web.xml's {@code
 * java.lang.Throwable}). A database that cannot be reached (restarting, down) is answered 503 with
 * {@code Retry-After} and a plain page in the visitor's language; anything else is the static 500
 * page as before. Nobody sees a stack trace.
 */
@WebServlet(OutagePages.PATH)
public class OutagePages extends HttpServlet {

  static final String PATH = "/errors/failure";
  private static final String FAILURE_PAGE = "/errors/failure.html";
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (!(failure instanceof Throwable cause) || !Outage.ofDatabase(cause)) {
      request.getRequestDispatcher(FAILURE_PAGE).forward(request, response);
      return;
    }
    answer(request, response, "outage.database");
  }

  /**
   * A 503 with {@code Retry-After} and the plain page of the texts under {@code key} ({@code
   * outage.database}, {@code outage.identity}) in the visitor's language, linking to the portal.
   */
  public static void answer(HttpServletRequest request, HttpServletResponse response, String key)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(Outage.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            RefusalPage.html(
                LocaleSelection.of(request),
                key,
                request.getContextPath(),
                request.getContextPath() + "/"));
  }
}
