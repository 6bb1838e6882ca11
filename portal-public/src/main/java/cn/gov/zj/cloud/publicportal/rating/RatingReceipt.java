package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import java.util.UUID;

/**
 * What a rater keeps: the receipt number (e.g. {@code PJ20261207-123456}; null only for a rating
 * stored before receipts had numbers) and the code to read the response and rate once more; the
 * rating's id stays internal to the portal and its API. {@code repeated} when the same client rated
 * the same service that day already (the day's first rating's receipt).
 */
public record RatingReceipt(
    UUID ratingId, ReceiptNumber number, QueryCode accessCode, boolean repeated) {

  /** The same receipt, answered to a repeat. */
  RatingReceipt asRepeat() {
    return new RatingReceipt(ratingId, number, accessCode, true);
  }

  /** What the rater types to find the rating again: the number, or the id of an older rating. */
  public String reference() {
    return number == null ? ratingId.toString() : number.value();
  }
}
