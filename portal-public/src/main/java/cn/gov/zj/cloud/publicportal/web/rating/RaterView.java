package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.publicportal.rating.RatingAccess;
import cn.gov.zj.cloud.publicportal.rating.RatingReceipt;
import cn.gov.zj.cloud.publicportal.rating.RatingView;
import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Art. 23: the page {@code /t/<tenant>/rating}, posted {@code id} and {@code code} (Art. 25: the
 * code only in a post, never in the address): the rater reads the grade and the response to a
 * DISSATISFIED rating, and gives the one follow-up rating once the response is there (a citizen
 * grade, tags and comment; a unit grade, scores and comment). A wrong code reads like an unknown
 * rating, and so does another tenant's.
 */
@Named
@RequestScoped
public class RaterView {

  @Inject private Visit visit;
  @Inject private RatingAccess access;

  private CitizenRatingForm citizen;
  private ProviderRatingForm unit;
  private FormErrors errors;
  private Optional<UUID> id;
  private String code;
  private String refusal;
  private Optional<RatingView> rating;
  private boolean followedUp;

  /** Id and code are posted by the lookup and the receipt, and again by the follow-up's form. */
  @PostConstruct
  void read() {
    citizen = new CitizenRatingForm(visit.locale());
    unit = new ProviderRatingForm(visit.locale());
    errors = new FormErrors(visit.locale(), "follow-up");
    id = Ids.uuid(visit.parameter("id"));
    code = visit.posted("code");
  }

  /** The view action: reading with a code counts against the client's limit. */
  public void countRead() {
    visit.readRefused().ifPresent(text -> refusal = text);
  }

  /** Art. 23: a citizen's one follow-up, on the same service. */
  public void followUpService() {
    followUp(() -> access.followUp(id.get(), code, citizen.rating(getRating().serviceId())));
  }

  /** Art. 23: a unit's one follow-up, on the same provider event. */
  public void followUpEvent() {
    followUp(() -> access.followUp(id.get(), code, unit.rating()));
  }

  private void followUp(Supplier<RatingReceipt> work) {
    if (getRating() != null) {
      followedUp = visit.submit(errors, "rating.notFound", work).isPresent();
      rating = null; // read again: the follow-up's grade, or whatever changed meanwhile
    }
  }

  /** The rating, when the id and code name one of this tenant; null otherwise. */
  public RatingView getRating() {
    if (rating == null) {
      rating =
          refusal != null || id.isEmpty()
              ? Optional.empty()
              : access
                  .view(id.get(), code)
                  .filter(view -> view.tenant().equals(visit.tenant().id().value()));
    }
    return rating.orElse(null);
  }

  public String getRatedAt() {
    return visit.time(getRating().ratedAt());
  }

  public String getRespondedAt() {
    return getRating().respondedAt().map(visit::time).orElse("");
  }

  /** Whether id and code were given at all, so that "not found" is only said to a lookup. */
  public boolean isAsked() {
    return id.isPresent() || code != null;
  }

  public String getId() {
    return id.map(UUID::toString).orElse(null);
  }

  public String getCode() {
    return code;
  }

  public String getRefusal() {
    return refusal;
  }

  public boolean isFollowedUp() {
    return followedUp;
  }

  public CitizenRatingForm getCitizen() {
    return citizen;
  }

  public ProviderRatingForm getUnit() {
    return unit;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
