package cn.gov.zj.cloud.domain.feedback;

/**
 * Art. 23, 24: who rated, counted apart everywhere: a citizen rating a public service (as on 浙里办),
 * or a using unit rating the provider's service event. The names are the codes the public zone
 * stores.
 */
public enum RatingKind {
  /** A citizen's rating of one public-facing service. */
  CITIZEN,
  /** A using unit's rating of the cloud provider (Art. 23's assessment of the provider). */
  PROVIDER
}
