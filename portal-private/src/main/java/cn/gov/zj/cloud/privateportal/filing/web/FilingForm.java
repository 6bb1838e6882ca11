package cn.gov.zj.cloud.privateportal.filing.web;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.filing.Filings;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Art. 5: the city's tenant administrator files the platform's construction plan (filing-new). */
@Named
@ViewScoped
public class FilingForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "filing-form";

  @Inject private Filings filings;
  @Inject private PortalPage page;

  private final PlanFields plan = new PlanFields();

  /** Art. 5: files the plan and opens the filing's page. */
  public void file() {
    plan.send(
        FORM,
        (draft, name, document) -> {
          PlatformFiling filing = filings.file(draft, name, document, new Violations());
          FacesFeedback.redirectWith(
              "filings.submitted", page.path("filing") + "?id=" + filing.getId());
        });
  }

  public PlanFields getPlan() {
    return plan;
  }
}
