package cn.gov.zj.cloud.domain.tenant;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One tenant of the portal (Art. 4, Art. 5).
 *
 * <p>Serializable: a signed-in actor holds it in the portal session, which cluster mode keeps in
 * the data grid (issue 15).
 *
 * @param division the administrative division code (行政区划代码), six digits
 */
public record Tenant(TenantId id, String division, String nameZh, String nameEn, TenantKind kind)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public Tenant {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kind);
    if (division == null || !division.matches("\\d{6}")) {
      throw new IllegalArgumentException("division code must have six digits: " + division);
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("tenant " + id + " needs a Chinese and an English name");
    }
  }

  /** The name in the user's language: Chinese unless English is asked for. */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public boolean isProvince() {
    return kind == TenantKind.PROVINCE;
  }
}
