package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.domain.interconnect.Message;
import java.util.concurrent.CompletableFuture;

/**
 * Art. 23: a citizen's rating ready to be stored by {@link CitizenRatingWriter}: the row, its
 * repeat fingerprint, the rater's code in the clear and sealed, and the signed message to the
 * private zone (Art. 24). Its outcome is decided inside a transaction and settled only after that
 * transaction committed.
 */
final class PendingRating {

  private final RatingRow row;
  private final String fingerprint;
  private final QueryCode code;
  private final byte[] sealedCode;
  private final Message message;
  private final CompletableFuture<RatingReceipt> outcome = new CompletableFuture<>();
  private ReceiptNumber number;
  private RatingReceipt receipt;
  private RuntimeException refusal;

  PendingRating(
      RatingRow row, String fingerprint, QueryCode code, byte[] sealedCode, Message message) {
    this.row = row;
    this.fingerprint = fingerprint;
    this.code = code;
    this.sealedCode = sealedCode.clone();
    this.message = message;
  }

  RatingRow row() {
    return row;
  }

  String fingerprint() {
    return fingerprint;
  }

  byte[] sealedCode() {
    return sealedCode.clone();
  }

  Message message() {
    return message;
  }

  CompletableFuture<RatingReceipt> outcome() {
    return outcome;
  }

  /** Drawn in the transaction that stores the rating as new (again when it is tried again). */
  void number(ReceiptNumber drawn) {
    number = drawn;
  }

  ReceiptNumber number() {
    return number;
  }

  /** The receipt of this rating when it is stored as new, once its number is drawn. */
  RatingReceipt stored() {
    return new RatingReceipt(row.id(), number, code, false);
  }

  /** Decided in the transaction: the answer once it commits. */
  void accept(RatingReceipt answer) {
    receipt = answer;
    refusal = null;
  }

  /** Decided in the transaction: refused once it commits (nothing of it was stored). */
  void refuse(RuntimeException reason) {
    refusal = reason;
    receipt = null;
  }

  /** After the commit: answers the waiting request. */
  void settle() {
    if (refusal != null) {
      outcome.completeExceptionally(refusal);
    } else {
      outcome.complete(receipt);
    }
  }
}
