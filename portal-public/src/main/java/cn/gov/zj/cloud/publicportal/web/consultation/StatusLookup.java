package cn.gov.zj.cloud.publicportal.web.consultation;

import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.publicportal.consultation.ConsultationStatus;
import cn.gov.zj.cloud.publicportal.consultation.Consultations;
import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Inputs;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Art. 23: the page {@code /t/<tenant>/status}: with the tracking number and the query code the
 * submitter reads the status, the masked contact and the reply. A wrong code, an unknown number and
 * another tenant's consultation all read alike: not found. Art. 25: the code comes only in a post
 * (the form, or the receipt's button), never in the address; {@code ?no=} only fills in the number.
 */
@Named
@RequestScoped
public class StatusLookup {

  @Inject private Visit visit;
  @Inject private Consultations consultations;

  private FormErrors errors;
  private String number;
  private String code;
  private Optional<ConsultationStatus> status;

  @PostConstruct
  void read() {
    errors = new FormErrors(visit.locale(), "status-form");
  }

  /** The view action: the receipt's post of {@code no} and {@code code} looks up at once. */
  public void lookUpLink() {
    number = visit.parameter("no");
    code = visit.posted("code");
    if (code != null) {
      visit.readRefused().ifPresentOrElse(errors::form, () -> status = find());
    }
  }

  /** Art. 23: the form's lookup, counted as a submission. */
  public void lookUp() {
    status =
        visit
            .submit(
                errors,
                () -> {
                  Inputs.required("number", number, "code", code);
                  return find();
                })
            .orElse(null);
  }

  private Optional<ConsultationStatus> find() {
    String tenant = visit.tenant().id().value();
    return TrackingNumber.parse(number)
        .flatMap(parsed -> consultations.status(parsed, code))
        .filter(found -> found.tenant().equals(tenant));
  }

  /** Whether a lookup ran: then either {@link #getStatus()} or "not found". */
  public boolean isLookedUp() {
    return status != null;
  }

  public ConsultationStatus getStatus() {
    return status == null ? null : status.orElse(null);
  }

  /** Art. 23: the state in words, e.g. 已答复; its code when the portal has no name for it. */
  public String getStateName() {
    return visit.page("status.state." + getStatus().status(), getStatus().status());
  }

  public String getSubmittedAt() {
    return visit.time(getStatus().submittedAt());
  }

  public String getRepliedAt() {
    return getStatus().repliedAt().map(visit::time).orElse("");
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
