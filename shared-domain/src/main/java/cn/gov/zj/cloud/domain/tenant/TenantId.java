package cn.gov.zj.cloud.domain.tenant;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Art. 5: a tenant is the province or one prefecture-level city; its id is also its Keycloak realm
 * name and its path segment.
 */
public record TenantId(String value) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("malformed tenant id: " + value);
    }
  }

  /** True when the text can name a tenant at all (it still has to be in the directory). */
  public static boolean isWellFormed(String text) {
    return text != null && SHAPE.matcher(text).matches() && !"master".equals(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
