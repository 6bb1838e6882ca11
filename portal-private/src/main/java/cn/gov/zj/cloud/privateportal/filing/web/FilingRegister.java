package cn.gov.zj.cloud.privateportal.filing.web;

import cn.gov.zj.cloud.privateportal.filing.FilingReviews;
import cn.gov.zj.cloud.privateportal.filing.Filings;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.filing.TenantProfile;
import cn.gov.zj.cloud.privateportal.filing.TenantProfiles;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 4, 5: the register of filed (accepted) platforms with the competent departments: every
 * city's for the province-admin, the city's own for its tenant administrator.
 */
@Named
@ViewScoped
public class FilingRegister implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FilingReviews reviews;
  @Inject private Filings filings;
  @Inject private TenantProfiles profiles;
  @Inject private PortalPage page;

  private List<PlatformFiling> platforms;
  private List<TenantProfile> departments;

  @PostConstruct
  void init() {
    boolean province = page.isProvinceAdmin();
    platforms = province ? reviews.register() : filings.register();
    departments = province ? reviews.profiles() : List.of(profiles.mine());
  }

  public List<PlatformFiling> getPlatforms() {
    return platforms;
  }

  public List<TenantProfile> getDepartments() {
    return departments;
  }
}
