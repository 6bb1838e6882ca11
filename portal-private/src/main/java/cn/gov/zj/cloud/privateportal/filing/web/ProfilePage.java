package cn.gov.zj.cloud.privateportal.filing.web;

import cn.gov.zj.cloud.domain.filing.PlatformChoice;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.filing.TenantProfile;
import cn.gov.zj.cloud.privateportal.filing.TenantProfiles;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Art. 4, 5: the tenant's competent department and platform: its tenant administrator edits them,
 * the rest of its staff read them.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "profile-form";

  @Inject private TenantProfiles profiles;
  @Inject private PortalPage page;

  private TenantProfile profile;
  private String department;
  private String contactPerson;
  private String phone;
  private String email;
  private PlatformChoice platform;

  @PostConstruct
  void init() {
    profile = profiles.mine();
    department = profile.getDepartment();
    contactPerson = profile.getContactPerson();
    phone = profile.getPhone();
    email = profile.getEmail();
    platform = profile.getPlatform();
  }

  /** Art. 4, 5: saves the department; each refusal beside its field. */
  public void save() {
    FacesFeedback.attempt(
        FORM,
        () -> {
          profiles.change(department, contactPerson, phone, email, platform, new Violations());
          FacesFeedback.redirectWith("profile.saved", page.path("profile"));
        });
  }

  public boolean isEditable() {
    return page.isTenantAdmin();
  }

  public TenantProfile getProfile() {
    return profile;
  }

  public PlatformChoice[] getPlatforms() {
    return PlatformChoice.values();
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public PlatformChoice getPlatform() {
    return platform;
  }

  public void setPlatform(PlatformChoice platform) {
    this.platform = platform;
  }
}
