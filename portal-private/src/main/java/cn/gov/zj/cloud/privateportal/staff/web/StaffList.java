package cn.gov.zj.cloud.privateportal.staff.web;

import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import cn.gov.zj.cloud.privateportal.staff.StaffAccounts;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/** Art. 25: the staff accounts of the tenant's realm. */
@Named
@ViewScoped
public class StaffList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffAccounts staff;

  private PagedModel<StaffAccount> model;

  @PostConstruct
  void init() {
    StaffAccounts service = staff;
    model = new PagedModel<>(service::list, Set.of("username"), "username", StaffAccount::id);
  }

  public PagedModel<StaffAccount> getModel() {
    return model;
  }
}
