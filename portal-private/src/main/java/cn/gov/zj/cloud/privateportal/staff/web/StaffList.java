package cn.gov.zj.cloud.privateportal.staff.web;

import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import cn.gov.zj.cloud.privateportal.staff.StaffAccounts;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Art. 25: the staff accounts of the tenant's realm with their roles, status and unit, and what the
 * tenant administrator does with one: disable, enable, reset its password, remove it.
 */
@Named
@ViewScoped
public class StaffList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "users-form";

  @Inject private StaffAccounts staff;
  @Inject private CurrentActor actor;

  private PagedModel<StaffAccount> model;
  private String resetFor;
  private String temporaryPassword;

  @PostConstruct
  void init() {
    StaffAccounts service = staff;
    model = new PagedModel<>(service::list, Set.of("username"), "username", StaffAccount::id);
  }

  public PagedModel<StaffAccount> getModel() {
    return model;
  }

  /** Art. 25: every account of the list, as searched on the page, as XLSX. */
  public StreamedContent getExport() {
    return SheetDownload.of("users.xlsx", StaffSheets.write(model.all(), FacesFeedback::text));
  }

  /**
   * Whether the row offers the actions: not on one's own account, a client's service account or the
   * province-wide administrator's (the service refuses them anyway).
   */
  public boolean manageable(StaffAccount account) {
    return !account.holdsProvinceRole()
        && !account.isServiceAccount()
        && !account.username().equals(actor.get().username());
  }

  public void disable(StaffAccount account) {
    act(
        () -> {
          staff.setEnabled(account.id(), false);
          FacesFeedback.info("staff.disabled", account.username());
        });
  }

  public void enable(StaffAccount account) {
    act(
        () -> {
          staff.setEnabled(account.id(), true);
          FacesFeedback.info("staff.enabled", account.username());
        });
  }

  /** The temporary password is shown on this page once; a reload no longer shows it. */
  public void resetPassword(StaffAccount account) {
    act(
        () -> {
          temporaryPassword = staff.resetPassword(account.id());
          resetFor = account.username();
          FacesFeedback.info("staff.passwordReset", account.username());
        });
  }

  public void remove(StaffAccount account) {
    act(
        () -> {
          staff.remove(account.id());
          FacesFeedback.info("staff.removed", account.username());
        });
  }

  /** Runs a row's action; a password shown before is not shown again. */
  private void act(Runnable action) {
    resetFor = null;
    temporaryPassword = null;
    StaffFeedback.attempt(FORM, action);
  }

  public String getResetFor() {
    return resetFor;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }
}
