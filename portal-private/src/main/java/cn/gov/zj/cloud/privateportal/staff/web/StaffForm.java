package cn.gov.zj.cloud.privateportal.staff.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.staff.StaffChange;
import cn.gov.zj.cloud.domain.staff.StaffDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import cn.gov.zj.cloud.privateportal.staff.StaffAccounts;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Art. 4, Art. 25: the tenant administrator opens a staff account, or changes one's names, email,
 * roles and unit.
 */
@Named
@ViewScoped
public class StaffForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffAccounts staff;
  @Inject private Units units;
  @Inject private PortalPage page;

  private String id;
  private boolean loaded;
  private List<String> roles = List.of();
  private String username;
  private String firstName;
  private String lastName;
  private String email;
  private String role;
  private Long unitId;
  private StaffAccounts.Opened opened;

  /** Loads the account to edit; the form opens a new one when no id is given. */
  public void load() {
    if (id == null || loaded) {
      return;
    }
    try {
      StaffAccount account = staff.get(id);
      username = account.username();
      firstName = account.firstName();
      lastName = account.lastName();
      email = account.email();
      roles = account.roles().stream().map(Role::realmRole).toList();
      unitId =
          account.unitCode() == null
              ? null
              : units.byCreditCode(account.unitCode()).map(UsingUnit::getId).orElse(null);
      loaded = true;
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
    }
  }

  /** Opens a new account, or saves the changes of the one loaded. */
  public void save() {
    if (id == null) {
      open();
      return;
    }
    StaffFeedback.attempt(
        "staff-form",
        () -> {
          staff.update(
              id,
              new StaffChange.Draft(firstName, lastName, email, roles, unitId),
              new Violations());
          FacesFeedback.redirectWith("staff.saved", page.path("users"), username);
        });
  }

  private void open() {
    FacesFeedback.attempt(
        "staff-form",
        () ->
            opened =
                staff.open(
                    new StaffDetails.Draft(username, firstName, lastName, email, role, unitId),
                    new Violations()));
  }

  public boolean isNew() {
    return id == null;
  }

  /** The roles a tenant administrator hands out (never the province-wide one). */
  public List<String> getRoles() {
    return Arrays.stream(Role.values())
        .filter(r -> !r.provinceOnly())
        .map(Role::realmRole)
        .toList();
  }

  /** The tenant's units to choose from (the first hundred by name). */
  public List<UsingUnit> getUnits() {
    return units
        .list(
            PageRequest.parse("0", "100", null, null, Units.sortFields(), "name", new Violations()))
        .items();
  }

  public StaffAccounts.Opened getOpened() {
    return opened;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<String> getSelectedRoles() {
    return roles;
  }

  public void setSelectedRoles(List<String> roles) {
    this.roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
