package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Art. 3, Art. 25: the tenant administrator creates or edits a using unit. */
@Named
@ViewScoped
public class UnitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Units units;
  @Inject private PortalPage page;

  private Long id;
  private String name;
  private String creditCode;
  private String contact;

  /** Loads the unit to edit; a new one when no id is given. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      UsingUnit unit = units.get(id);
      name = unit.getName();
      creditCode = unit.getCreditCode();
      contact = unit.getContact();
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
    }
  }

  public void save() {
    RegistryFeedback.attempt(
        "unit-form",
        () -> {
          UsingUnit unit =
              id == null
                  ? units.create(name, creditCode, contact)
                  : units.update(id, name, creditCode, contact);
          FacesFeedback.savedAndRedirect(page.path("unit?id=" + unit.getId()));
        });
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

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
