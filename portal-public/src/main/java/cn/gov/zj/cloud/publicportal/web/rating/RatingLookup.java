package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Inputs;
import cn.gov.zj.cloud.publicportal.web.Visit;
import cn.gov.zj.cloud.publicportal.web.guard.FormTokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Art. 23: the form where a rater types the rating's id and access code (on the status page and on
 * the rating page). Art. 25: it posts both to {@code /t/<tenant>/rating}, which says whether they
 * match; the code is never part of an address.
 */
@Named
@RequestScoped
public class RatingLookup {

  /** The form's id, which its token names. */
  static final String FORM = "rating-lookup";

  @Inject private Visit visit;

  private FormErrors errors;
  private String id;
  private String code;

  @PostConstruct
  void read() {
    errors = new FormErrors(visit.locale(), FORM);
    id = visit.parameter("id");
    code = visit.posted("code");
  }

  /**
   * The rating page's view action: a post of this form counts as a submission, and a blank field is
   * named; the rating page then shows the rating or "not found".
   */
  public void check() {
    String token = visit.parameter(FormTokens.FIELD);
    if (token != null && token.startsWith(FORM + ".")) {
      visit.submit(
          errors,
          () -> {
            Inputs.required("id", id, "code", code);
            return id;
          });
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
