package cn.gov.zj.cloud.publicportal.web.guard;

import cn.gov.zj.cloud.domain.outage.Outage;
import cn.gov.zj.cloud.domain.web.RefusalPage;
import cn.gov.zj.cloud.publicportal.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Issue 15: the error page of every failure that reaches the container (web.xml's {@code
 * java.lang.Throwable}). While the public zone's database cannot be reached (restarting, down) a
 * citizen gets 503 with {@code Retry-After} and a plain page in the page's language; any other
 * failure gets the static 500 page as before. Nobody sees a stack trace.
 */
@WebServlet("/errors/failure")
public class OutagePages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Language language;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
        && Outage.ofDatabase(failure)) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", Integer.toString(Outage.RETRY_AFTER_SECONDS));
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("text/html;charset=UTF-8");
      String home = request.getContextPath() + "/";
      response
          .getWriter()
          .write(
              RefusalPage.html(
                  language.getLocale(), "outage.database", request.getContextPath(), home));
    } else {
      request.getRequestDispatcher("/errors/500.html").forward(request, response);
    }
  }
}
