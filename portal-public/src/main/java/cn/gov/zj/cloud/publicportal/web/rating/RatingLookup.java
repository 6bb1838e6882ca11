package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Inputs;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Art. 23: the form where a rater types the rating's id and access code (on the status page and on
 * the rating page); it opens {@code /t/<tenant>/rating?id=&code=}, which says whether they match.
 */
@Named
@RequestScoped
public class RatingLookup {

  @Inject private Visit visit;

  private FormErrors errors;
  private String id;
  private String code;

  @PostConstruct
  void read() {
    errors = new FormErrors(visit.locale(), "rating-lookup");
  }

  /** Art. 23: both are needed; then the rating's page, by a redirect after the post. */
  public void open() {
    visit.submit(errors, this::link).ifPresent(RatingLookup::redirect);
  }

  private String link() {
    Inputs.required("id", id, "code", code);
    return visit.getBase()
        + "rating?id="
        + URLEncoder.encode(id.strip(), StandardCharsets.UTF_8)
        + "&code="
        + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8);
  }

  private static void redirect(String link) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(link);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
