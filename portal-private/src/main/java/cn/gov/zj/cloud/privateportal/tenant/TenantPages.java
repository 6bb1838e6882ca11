package cn.gov.zj.cloud.privateportal.tenant;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the pages of a tenant ({@code /t/<tenant>/…}) by their Faces view. A servlet of its own,
 * not a filter's forward, so that uploads posted to a tenant path are read with this multipart
 * configuration.
 */
@WebServlet("/t/*")
@MultipartConfig(maxFileSize = 1024 * 1024, maxRequestSize = 2 * 1024 * 1024)
public class TenantPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String rest = TenantPath.parse(path).map(TenantPath::rest).orElse("");
    request.getRequestDispatcher(TenantViews.viewOf(rest)).forward(request, response);
  }
}
