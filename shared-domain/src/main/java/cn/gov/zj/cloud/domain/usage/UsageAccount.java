package cn.gov.zj.cloud.domain.usage;

/**
 * Art. 15: the provider's service account for the usage intake: an OAuth2 client of every tenant's
 * realm that obtains tokens by client credentials only; its service account holds the
 * provider-operator role and its tokens name portal-private as their audience. portal-private
 * accepts its tokens on {@code POST /api/v1/tenants/<t>/usage} and nowhere else.
 */
public final class UsageAccount {

  /** The client in every tenant's realm. */
  public static final String CLIENT_ID = "usage-intake";

  /** The installation's secret of the client (docs/runtime.md). */
  public static final String SECRET_VARIABLE = "ZJ_USAGE_CLIENT_SECRET";

  private UsageAccount() {}
}
