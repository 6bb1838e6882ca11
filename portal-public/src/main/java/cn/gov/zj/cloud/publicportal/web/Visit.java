package cn.gov.zj.cloud.publicportal.web;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.publicportal.rating.RatingConflict;
import cn.gov.zj.cloud.publicportal.rest.ClientWindows;
import cn.gov.zj.cloud.publicportal.security.ClientAddress;
import cn.gov.zj.cloud.publicportal.web.guard.Visitor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Art. 23: what every public page of a tenant needs of the request it answers: the tenant, the
 * visitor's language, links under {@code /t/<tenant>/}, Beijing time, and the per-client limit that
 * every form submission passes first.
 */
@Named
@RequestScoped
public class Visit {

  @Inject private HttpServletRequest request;
  @Inject private Tenant tenant;
  @Inject private Language language;
  @Inject private ClientWindows windows;
  @Inject private ClientAddress clients;

  public Tenant tenant() {
    return tenant;
  }

  public Locale locale() {
    return language.getLocale();
  }

  /** Where the tenant's pages start, e.g. {@code /t/hangzhou/}; page links are relative to it. */
  public String getBase() {
    return request.getContextPath() + "/t/" + tenant.id().value() + "/";
  }

  /** Where the tenant's public API starts, e.g. {@code /api/v1/tenants/hangzhou/}. */
  public String getApi() {
    return request.getContextPath() + "/api/v1/tenants/" + tenant.id().value() + "/";
  }

  /** The time in Beijing, e.g. {@code 2026-11-26 14:05}. */
  public String time(Instant at) {
    return at == null ? "" : BeijingTime.minutes(at);
  }

  /** A text of the shared bundle (validation, feedback, problems) in the visitor's language. */
  public String message(String key, Object... arguments) {
    return Messages.get(locale(), key, arguments);
  }

  /** A text of the portal's own bundle ({@code msg} in the pages). */
  public String page(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /** A text of the portal's own bundle when it has {@code key}; {@code fallback} otherwise. */
  public String page(String key, String fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    return texts.containsKey(key) ? texts.getString(key) : fallback;
  }

  /** The address of the visitor, whom the per-client limits count ({@link ClientAddress}). */
  public String client() {
    return clients.of(request);
  }

  /** The visitor cookie the browser sent, if any: with the address it tells clients apart. */
  public Optional<String> visitor() {
    return Visitor.presented(request);
  }

  /**
   * Answers this page with 404 when {@code found} is null (an unknown link or service); the page
   * still says so in words.
   */
  public void requireFound(Object found) {
    if (found == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /**
   * A request parameter, stripped; null when absent or blank. Read from Faces' request, which is
   * the forwarded one: it also holds what the tenant routing adds (the invitation's token).
   */
  public String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Art. 25: a parameter that only a post may carry (a code), as {@link #parameter(String)}; null
   * in a GET, so that a code in an address opens nothing.
   */
  public String posted(String name) {
    return "POST".equals(request.getMethod()) ? parameter(name) : null;
  }

  /**
   * Art. 23: a read by a link (a lookup with a code) counted against the client's limit; the
   * refusal, translated, when the client is over it.
   */
  public Optional<String> readRefused() {
    return refused(false);
  }

  /** As {@link #submit(FormErrors, String, Supplier)}, for work that knows no unknown link. */
  public <T> Optional<T> submit(FormErrors errors, Supplier<T> work) {
    return submit(errors, "form.notFound", work);
  }

  /**
   * Art. 23: one form submission: first counted against the client's limit, then {@code work}. Over
   * the limit, bad input, a rating the rules refuse or an unknown link or code: the result is
   * empty, {@code errors} says why in the visitor's language, and nothing was stored.
   */
  public <T> Optional<T> submit(FormErrors errors, String notFoundKey, Supplier<T> work) {
    Optional<String> refused = refused(true);
    if (refused.isPresent()) {
      errors.form(refused.get());
      return Optional.empty();
    }
    try {
      return Optional.of(work.get());
    } catch (InvalidInputException e) {
      errors.add(e);
    } catch (RatingConflict e) {
      errors.form(message("rating.conflict." + e.reason().name()));
    } catch (NotFoundException e) {
      errors.form(page(notFoundKey));
    }
    return Optional.empty();
  }

  private Optional<String> refused(boolean write) {
    long wait = windows.take(client(), write);
    return wait > 0
        ? Optional.of(message("problem.too-many-requests.detail", wait))
        : Optional.empty();
  }
}
