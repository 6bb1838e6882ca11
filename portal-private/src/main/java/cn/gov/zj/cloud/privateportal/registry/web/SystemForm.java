package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/** Art. 3, Art. 18: a unit applicant registers or edits one of their unit's systems. */
@Named
@ViewScoped
public class SystemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Systems systems;
  @Inject private PortalPage page;

  private Long id;
  private String name;
  private String description;
  private Integer mlpsLevel;
  private String securityOfficer;
  private String securityOfficerAccount;
  private CloudStatus cloudStatus;
  private LocalDate onCloudSince;
  private String exemptionBasis;
  private boolean publicFacing;

  /** Loads the system to edit; a new one when no id is given. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      AppSystem system = systems.get(id);
      name = system.getName();
      description = system.getDescription();
      mlpsLevel = system.getMlpsLevel();
      securityOfficer = system.getSecurityOfficer();
      securityOfficerAccount = system.getSecurityOfficerAccount();
      cloudStatus = system.getCloudStatus();
      onCloudSince = system.getOnCloudSince();
      exemptionBasis = system.getExemptionBasis();
      publicFacing = system.isPublicFacing();
    } catch (NotFound | AccessDenied e) {
      FacesFeedback.sendError(404);
    }
  }

  public void save() {
    SystemDetails.Draft draft =
        new SystemDetails.Draft(
            name,
            description,
            mlpsLevel,
            securityOfficer,
            cloudStatus,
            cloudStatus == CloudStatus.ON_CLOUD ? onCloudSince : null,
            cloudStatus == CloudStatus.EXEMPT ? exemptionBasis : null,
            publicFacing);
    RegistryFeedback.attempt(
        "system-form",
        () -> {
          String account = securityOfficerAccount == null ? "" : securityOfficerAccount;
          AppSystem system =
              id == null
                  ? systems.register(null, draft, account, new Violations())
                  : systems.update(id, null, draft, Optional.of(account), new Violations());
          FacesFeedback.savedAndRedirect(page.path("system?id=" + system.getId()));
        });
  }

  /** Art. 18: the MLPS levels 1 to 5. */
  public java.util.List<Integer> getLevels() {
    return java.util.stream.IntStream.rangeClosed(MlpsLevel.MIN, MlpsLevel.MAX).boxed().toList();
  }

  public String levelLabel(Integer level) {
    return java.text.MessageFormat.format(FacesFeedback.text("system.mlpsLevelValue"), level);
  }

  public CloudStatus[] getCloudStatuses() {
    return CloudStatus.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getMlpsLevel() {
    return mlpsLevel;
  }

  public void setMlpsLevel(Integer mlpsLevel) {
    this.mlpsLevel = mlpsLevel;
  }

  public String getSecurityOfficer() {
    return securityOfficer;
  }

  public void setSecurityOfficer(String securityOfficer) {
    this.securityOfficer = securityOfficer;
  }

  /** Art. 18: the username of the system's unit-security-officer. */
  public String getSecurityOfficerAccount() {
    return securityOfficerAccount;
  }

  public void setSecurityOfficerAccount(String securityOfficerAccount) {
    this.securityOfficerAccount = securityOfficerAccount;
  }

  public CloudStatus getCloudStatus() {
    return cloudStatus;
  }

  public void setCloudStatus(CloudStatus cloudStatus) {
    this.cloudStatus = cloudStatus;
  }

  public LocalDate getOnCloudSince() {
    return onCloudSince;
  }

  public void setOnCloudSince(LocalDate onCloudSince) {
    this.onCloudSince = onCloudSince;
  }

  public String getExemptionBasis() {
    return exemptionBasis;
  }

  public void setExemptionBasis(String exemptionBasis) {
    this.exemptionBasis = exemptionBasis;
  }

  public boolean isPublicFacing() {
    return publicFacing;
  }

  public void setPublicFacing(boolean publicFacing) {
    this.publicFacing = publicFacing;
  }
}
