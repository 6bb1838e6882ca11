package cn.gov.zj.cloud.publicportal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Art. 23, Art. 24: a form on a tenant's page posts back to the page's own address ({@code
 * /t/<tenant>/…}), which the tenant routing forwards to its view, never to {@code /views/…}, which
 * is not reachable directly. Registered in faces-config.xml.
 */
public class PrettyActionUrls extends ViewHandlerWrapper {

  public PrettyActionUrls(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Object original =
        context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
    if (viewId.startsWith("/views/") && original instanceof String uri) {
      return uri;
    }
    return super.getActionURL(context, viewId);
  }
}
