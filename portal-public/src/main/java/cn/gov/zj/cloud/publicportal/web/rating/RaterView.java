package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.publicportal.rating.RatingAccess;
import cn.gov.zj.cloud.publicportal.rating.RatingReceipt;
import cn.gov.zj.cloud.publicportal.rating.RatingView;
import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Art. 23: the page {@code /t/<tenant>/rating} ("查看本次评价"), posted {@code id} (the receipt number)
 * and {@code code} (Art. 25: the code only in a post, never in the address): the rater reads what
 * was rated, the grade, tags and comment, the response to a DISSATISFIED rating with its call-back
 * and report deadlines and their state, and gives the one follow-up rating once the response is
 * there (a citizen grade, tags and comment; a unit grade, scores and comment). A wrong code reads
 * like an unknown rating, and so does another tenant's.
 */
@Named
@RequestScoped
public class RaterView {

  @Inject private Visit visit;
  @Inject private RatingAccess access;

  private CitizenRatingForm citizen;
  private ProviderRatingForm unit;
  private FormErrors errors;
  private String reference;
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
    reference = visit.parameter("id");
    code = visit.posted("code");
  }

  /** The view action: reading with a code counts against the client's limit. */
  public void countRead() {
    visit.readRefused().ifPresent(text -> refusal = text);
  }

  /** Art. 23: a citizen's one follow-up, on the same service. */
  public void followUpService() {
    followUp(
        () -> access.followUp(getRating().id(), code, citizen.rating(getRating().serviceId())));
  }

  /** Art. 23: a unit's one follow-up, on the same provider event. */
  public void followUpEvent() {
    followUp(() -> access.followUp(getRating().id(), code, unit.rating()));
  }

  private void followUp(Supplier<RatingReceipt> work) {
    if (getRating() != null) {
      followedUp = visit.submit(errors, "rating.notFound", work).isPresent();
      rating = null; // read again: the follow-up's grade, or whatever changed meanwhile
    }
  }

  /**
   * The rating, when the receipt number (or an older rating's id) and the code name one of this
   * tenant; null otherwise.
   */
  public RatingView getRating() {
    if (rating == null) {
      rating = refusal != null || reference == null ? Optional.empty() : lookUp();
    }
    return rating.orElse(null);
  }

  private Optional<RatingView> lookUp() {
    Optional<ReceiptNumber> number = ReceiptNumber.parse(reference);
    if (number.isPresent()) {
      return access.view(visit.tenant(), number.get(), code);
    }
    return Ids.uuid(reference.strip())
        .flatMap(id -> access.view(id, code))
        .filter(view -> view.tenant().equals(visit.tenant().id().value()));
  }

  /** Art. 23: what was rated: the service's name, or the provider event in words. */
  public String getRated() {
    RatingView view = getRating();
    String rated = view.rated().orElse("");
    return view.citizen() ? rated : visit.page("invitation.event." + rated, rated);
  }

  /** Art. 23: the tags in the reader's language, e.g. 响应慢、问题未解决. */
  public String getTags() {
    return getRating().tags().stream()
        .map(tag -> visit.message(tag.nameKey()))
        .collect(Collectors.joining(visit.page("rating.tagSeparator")));
  }

  /** Art. 23: a bad review's call back and report, each with its due date and state. */
  public List<DeadlineRow> getDeadlines() {
    Instant now = Instant.now();
    return getRating().deadlines().stream().map(d -> DeadlineRow.of(d, now, visit)).toList();
  }

  public String getRatedAt() {
    return visit.time(getRating().ratedAt());
  }

  public String getRespondedAt() {
    return getRating().respondedAt().map(visit::time).orElse("");
  }

  /** Whether a number and code were given at all, so that "not found" is only said to a lookup. */
  public boolean isAsked() {
    return reference != null || code != null;
  }

  /** What the follow-up form posts again: the receipt number (an older rating's id). */
  public String getId() {
    RatingView view = getRating();
    return view == null ? null : view.reference();
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
