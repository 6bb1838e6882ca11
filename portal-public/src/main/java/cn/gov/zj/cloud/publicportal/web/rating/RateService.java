package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.publicportal.rating.RatingReceipt;
import cn.gov.zj.cloud.publicportal.rating.Ratings;
import cn.gov.zj.cloud.publicportal.service.PublicService;
import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Art. 23: the page {@code /t/<tenant>/rate?service=<id>}: a citizen rates a service of the
 * tenant's public directory, without an account, and keeps the receipt (the rating's id and access
 * code) to read the response to a DISSATISFIED rating.
 */
@Named
@RequestScoped
public class RateService {

  @Inject private Visit visit;
  @Inject private Ratings ratings;
  @Inject private ListedServices services;

  private CitizenRatingForm fields;
  private FormErrors errors;
  private Long serviceId;
  private Optional<PublicService> service;
  private RatingReceipt receipt;

  /**
   * The service comes as {@code ?service=} and, on the postback, as the form's hidden field of the
   * same name; read before the postback decides which parts of the page take part.
   */
  @PostConstruct
  void read() {
    fields = new CitizenRatingForm(visit.locale());
    errors = new FormErrors(visit.locale(), "rate-form");
    serviceId = Ids.number(visit.parameter("service"));
  }

  /** The view action: 404 for a service that is not listed. */
  public void requireService() {
    visit.requireFound(getService());
  }

  /** Art. 23: stores the rating (one per client, service and day) and shows its receipt. */
  public void submit() {
    receipt =
        visit
            .submit(
                errors,
                () ->
                    ratings.rateService(
                        visit.tenant(), fields.rating(serviceId), visit.client(), visit.visitor()))
            .orElse(null);
  }

  /** The listed service rated here; null when there is none of that id. */
  public PublicService getService() {
    if (service == null) {
      service = serviceId == null ? Optional.empty() : services.find(visit.tenant(), serviceId);
    }
    return service.orElse(null);
  }

  public Long getServiceId() {
    return serviceId;
  }

  public CitizenRatingForm getFields() {
    return fields;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public RatingReceipt getReceipt() {
    return receipt;
  }
}
