package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.publicportal.rating.Invitation;
import cn.gov.zj.cloud.publicportal.rating.Invitations;
import cn.gov.zj.cloud.publicportal.rating.RatingReceipt;
import cn.gov.zj.cloud.publicportal.rating.Ratings;
import cn.gov.zj.cloud.publicportal.web.FormErrors;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Art. 23: the page behind a rating invitation's one-time link, {@code
 * /t/<tenant>/invitation/<token>}: the provider service event, then the unit's one rating of it
 * (grade, response and quality scores, comment); once rated, the refusal instead of the form.
 */
@Named
@RequestScoped
public class RateEvent {

  @Inject private Visit visit;
  @Inject private Invitations invitations;
  @Inject private Ratings ratings;

  private ProviderRatingForm fields;
  private FormErrors errors;
  private String token;
  private Optional<Invitation> invitation;
  private RatingReceipt receipt;

  /** The token is the link's last segment, which the tenant routing passes as {@code token}. */
  @PostConstruct
  void read() {
    fields = new ProviderRatingForm(visit.locale());
    errors = new FormErrors(visit.locale(), "invitation-form");
    token = visit.parameter("token");
  }

  /** The view action: 404 for a link that names no invitation of this tenant. */
  public void requireInvitation() {
    visit.requireFound(getInvitation());
  }

  /** Art. 23: stores the one rating of the event and shows its receipt. */
  public void submit() {
    receipt =
        visit
            .submit(
                errors,
                "invitation.invalid",
                () -> ratings.rateEvent(visit.tenant(), token, fields.rating()))
            .orElse(null);
    if (receipt == null) {
      invitation = null; // read again: it may have been rated meanwhile
    }
  }

  /** The invitation behind the link; null for an unknown one. */
  public Invitation getInvitation() {
    if (invitation == null) {
      invitation = token == null ? Optional.empty() : invitations.byToken(visit.tenant(), token);
    }
    return invitation.orElse(null);
  }

  /** Art. 23: the event in words, e.g. 提供试用环境; its code when the portal has no name for it. */
  public String getEventName() {
    String event = getInvitation().event();
    return visit.page("invitation.event." + event, event);
  }

  /** Art. 23: the time of the event, in Beijing. */
  public String getOccurredAt() {
    return visit.time(getInvitation().occurredAt());
  }

  public ProviderRatingForm getFields() {
    return fields;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public RatingReceipt getReceipt() {
    return receipt;
  }
}
