package cn.gov.zj.cloud.publicportal.rating;

/** Art. 23: a rating that the rules refuse now (409); nothing was stored. */
public class RatingConflict extends RuntimeException {

  /** Why: each has a translated text {@code rating.conflict.<name>}. */
  public enum Reason {
    /** One rating per provider service event. */
    ALREADY_RATED,
    /** A follow-up comes after the response to a DISSATISFIED rating. */
    FOLLOW_UP_NOT_OPEN,
    /** One follow-up, no more. */
    ALREADY_FOLLOWED_UP
  }

  private final Reason reason;

  public RatingConflict(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
