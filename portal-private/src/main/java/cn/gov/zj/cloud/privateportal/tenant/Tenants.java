package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Art. 5: the tenants this portal serves, read once from the configured tenant list. */
@ApplicationScoped
public class Tenants {

  private TenantDirectory directory;

  @PostConstruct
  void load() {
    directory = TenantDirectory.load();
  }

  public Optional<Tenant> find(String segment) {
    return directory.find(segment);
  }

  public List<Tenant> all() {
    return directory.all();
  }

  /** Art. 4: the province, which oversees the cities. */
  public Tenant province() {
    return directory.province();
  }
}
