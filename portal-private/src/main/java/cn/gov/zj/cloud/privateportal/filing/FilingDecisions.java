package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.FilingAction;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Art. 5: the province-admin's way to a city's filing: the city is found under the read-only
 * oversight (one transaction), the decision or the download happens in the city's row scope (the
 * next). Not transactional itself, so that the two are apart.
 */
@ApplicationScoped
public class FilingDecisions {

  @Inject private CurrentActor actor;
  @Inject private FilingReviews reviews;
  @Inject private Filings filings;

  /** Art. 5: accepts or returns ({@code actionName}, its REST name) with the opinion. */
  public PlatformFiling decide(long id, String actionName, String opinion) {
    actor.get().require(Role.PROVINCE_ADMIN);
    FilingAction action =
        FilingAction.ofName(actionName).orElseThrow(() -> new NotFound("action", actionName));
    return filings.decide(reviews.cityOf(id), id, action, opinion);
  }

  /** Art. 5: a city's plan document, audited in the city's log. */
  public Filings.Download plan(long id) {
    actor.get().require(Role.PROVINCE_ADMIN);
    return filings.planOf(reviews.cityOf(id), id);
  }
}
