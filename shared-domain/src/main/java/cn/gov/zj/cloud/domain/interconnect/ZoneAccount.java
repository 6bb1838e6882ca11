package cn.gov.zj.cloud.domain.interconnect;

/**
 * Art. 24: the private zone's service account for the interconnection: an OAuth2 client of the
 * province's realm that may only obtain tokens by client credentials, whose tokens name the public
 * zone as their audience. The public zone accepts no other caller on its interconnection endpoints.
 */
public final class ZoneAccount {

  /** The client in the province's realm. */
  public static final String CLIENT_ID = "zone-interconnect";

  /** The audience its tokens carry, and the public zone requires. */
  public static final String AUDIENCE = "zone-public";

  private ZoneAccount() {}
}
