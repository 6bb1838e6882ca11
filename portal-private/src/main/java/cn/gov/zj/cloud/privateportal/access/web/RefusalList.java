package cn.gov.zj.cloud.privateportal.access.web;

import cn.gov.zj.cloud.privateportal.access.AccessRefusal;
import cn.gov.zj.cloud.privateportal.access.AccessRefusals;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * Art. 20: 访问授权 page, the accesses refused for want of a grant (who tried, on which system, why),
 * beside the sessions: paged and searchable, a unit's staff see their own systems'.
 */
@Named
@ViewScoped
public class RefusalList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccessRefusals refusals;

  private PagedModel<AccessRefusal> model;

  @PostConstruct
  void init() {
    RefusalList self = this;
    model =
        new PagedModel<>(
            request -> self.refusals.list(null, request), Set.of("at"), "at", AccessRefusal::id);
  }

  public PagedModel<AccessRefusal> getModel() {
    return model;
  }
}
