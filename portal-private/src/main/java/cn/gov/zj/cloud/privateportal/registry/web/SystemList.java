package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Art. 3, Art. 18: the systems the actor may see (their unit's, or the tenant's). */
@Named
@ViewScoped
public class SystemList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Systems systems;

  private PagedModel<AppSystem> model;

  @PostConstruct
  void init() {
    Systems service = systems;
    model = new PagedModel<>(service::list, Systems.SORTABLE.keySet(), "name", AppSystem::getId);
  }

  public PagedModel<AppSystem> getModel() {
    return model;
  }
}
