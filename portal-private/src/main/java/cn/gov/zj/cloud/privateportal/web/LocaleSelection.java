package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/** The language of the session: Chinese first, English on request. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Object request = faces == null ? null : faces.getExternalContext().getRequest();
      locale =
          request instanceof jakarta.servlet.http.HttpServletRequest http
              ? Locales.of(http)
              : Messages.CHINESE;
    }
    return locale;
  }

  /** The language this session settled on so far; empty before any page asked for it. */
  public Optional<Locale> settled() {
    return Optional.ofNullable(locale);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void chinese() {
    choose(Messages.CHINESE);
  }

  public void english() {
    choose(Locale.ENGLISH);
  }

  private void choose(Locale chosen) {
    locale = chosen;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
  }
}
