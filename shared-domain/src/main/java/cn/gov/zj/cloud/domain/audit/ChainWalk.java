package cn.gov.zj.cloud.domain.audit;

import java.util.Objects;

/**
 * Art. 18, 20: walks a tenant's audit chain in its order and finds the first record that does not
 * hold: its content changed (its hash is not the hash of what it says), or it is not where the
 * chain needs it (its position or its previous hash do not follow the record before: a record was
 * removed or slipped in before it). The records after the last one kept may be gone too: the
 * chain's head (the last position and hash, kept beside the log) tells. Fed one record at a time,
 * so that a log of any size is checked in batches.
 */
public final class ChainWalk {

  /** Why the chain broke; {@code null} while it holds. */
  public enum Break {
    /** The record's content is not what its hash covers. */
    ALTERED,
    /** A record before it is missing, or one was put in that does not belong. */
    GAP,
    /** Records after the last one are missing: the head names a later one. */
    TRUNCATED
  }

  /** The outcome: {@code firstBroken} is the id of the first record that fails, if any. */
  public record Verdict(boolean intact, long checked, Long firstBroken, Break reason) {}

  private long expectedSeq = 1;
  private String previousHash = ChainLink.GENESIS;
  private long checked;
  private Long firstBroken;
  private Break reason;

  /**
   * Takes the next record in the chain's order: its id, what its hash covers (with the previous
   * hash it names) and the hash stored with it. Answers whether the chain still holds.
   */
  public boolean next(long id, ChainLink link, String storedHash) {
    if (firstBroken != null) {
      return false;
    }
    checked++;
    if (link.seq() != expectedSeq || !previousHash.equals(link.previousHash())) {
      breakAt(id, Break.GAP);
    } else if (storedHash == null || !storedHash.equals(link.hash())) {
      breakAt(id, Break.ALTERED);
    }
    expectedSeq = link.seq() + 1;
    previousHash = Objects.requireNonNullElse(storedHash, "");
    return firstBroken == null;
  }

  /** Marks a record that stands outside the chain (no position or no hash at all) as broken. */
  public void outside(long id) {
    if (firstBroken == null) {
      checked++;
      breakAt(id, Break.GAP);
    }
  }

  /**
   * The verdict, given the chain's head: the last position and hash that were appended ({@code 0}
   * and {@link ChainLink#GENESIS} for a tenant that never wrote one).
   */
  public Verdict finish(long headSeq, String headHash) {
    if (firstBroken == null && (expectedSeq - 1 != headSeq || !previousHash.equals(headHash))) {
      reason = Break.TRUNCATED;
    }
    return new Verdict(reason == null, checked, firstBroken, reason);
  }

  private void breakAt(long id, Break why) {
    firstBroken = id;
    reason = why;
  }
}
