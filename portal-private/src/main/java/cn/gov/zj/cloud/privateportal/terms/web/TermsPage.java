package cn.gov.zj.cloud.privateportal.terms.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.terms.TermsOfUse;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.terms.Acceptance;
import cn.gov.zj.cloud.privateportal.terms.TermsAcceptances;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 16: the terms page ({@code views/terms.xhtml}): the text in force, who of the unit accepted
 * it and when, and for the unit's staff the 接受 button (after a confirmation). The wizard shows
 * {@link #isPending} as a notice linking here.
 */
@Named
@RequestScoped
public class TermsPage {

  @Inject private TermsAcceptances terms;
  @Inject private PortalPage page;

  private Optional<Acceptance> accepted;
  private final Map<Long, Optional<Acceptance>> ofUnits = new HashMap<>();

  public String getVersion() {
    return terms.current().version();
  }

  public String getTitle() {
    return FacesFeedback.domain(TermsOfUse.TITLE_KEY);
  }

  public String getText() {
    return FacesFeedback.domain(TermsOfUse.TEXT_KEY);
  }

  /** Art. 16: the acceptance of the terms in force by the reader's unit, if any. */
  public Acceptance getAcceptance() {
    return acceptance().orElse(null);
  }

  /** Art. 16: the menu links the terms for the unit's staff, who accept them. */
  public boolean isMenu() {
    return page.getActor().hasAny(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER);
  }

  /** Art. 16: the acceptance of the terms in force by that unit (the unit's page); null if none. */
  public Acceptance of(Long unitId) {
    return unitId == null ? null : ofUnits.computeIfAbsent(unitId, terms::of).orElse(null);
  }

  /** Art. 16: unit staff whose unit has not accepted yet: the 接受 button, the wizard's notice. */
  public boolean isPending() {
    return terms.acceptsForUnit() && acceptance().isEmpty();
  }

  /** Art. 16: the unit accepts the version shown; the page then says who and when. */
  public void accept() {
    FacesFeedback.attempt(
        "terms-form",
        () -> {
          terms.accept(getVersion(), new Violations());
          FacesFeedback.redirectWith("terms.acceptedMessage", page.path("terms"));
        });
  }

  private Optional<Acceptance> acceptance() {
    if (accepted == null) {
      accepted = terms.ofOwnUnit();
    }
    return accepted;
  }
}
