package cn.gov.zj.cloud.publicportal.web.consultation;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.publicportal.consultation.Consultations;
import cn.gov.zj.cloud.publicportal.consultation.Receipt;
import cn.gov.zj.cloud.publicportal.web.Choices;
import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Inputs;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Art. 23: the page {@code /t/<tenant>/consult}: a question (咨询), complaint (投诉) or suggestion (建议)
 * about the tenant's public services, answered with the tracking number and the query code that
 * together show its status and reply.
 */
@Named("consult")
@RequestScoped
public class ConsultationForm {

  @Inject private Visit visit;
  @Inject private Consultations consultations;

  private FormErrors errors;
  private String category;
  private String subject;
  private String content;
  private String contact;
  private Receipt receipt;

  @PostConstruct
  void read() {
    errors = new FormErrors(visit.locale(), "consult-form");
  }

  /** Art. 23: stores the submission (once within the repeat window) and shows its receipt. */
  public void submit() {
    receipt =
        visit
            .submit(errors, () -> consultations.submit(visit.tenant(), valid(), visit.client()))
            .orElse(null);
  }

  private Consultation valid() {
    var draft = new Consultation.Draft(category, subject, content, contact);
    return Inputs.valid(violations -> Consultation.from(draft, violations));
  }

  public List<SelectItem> getCategories() {
    return Choices.of(ConsultationCategory.values(), ConsultationCategory::nameKey, visit.locale());
  }

  public int getMaxSubject() {
    return Consultation.MAX_SUBJECT;
  }

  public int getMaxContent() {
    return Consultation.MAX_CONTENT;
  }

  public int getMaxContact() {
    return Consultation.MAX_CONTACT;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public Receipt getReceipt() {
    return receipt;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
