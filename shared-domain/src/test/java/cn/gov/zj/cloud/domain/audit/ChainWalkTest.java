package cn.gov.zj.cloud.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.audit.ChainWalk.Break;
import cn.gov.zj.cloud.domain.audit.ChainWalk.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

  /** A stored record: its id, what its hash covers, the hash stored. */
  record Stored(long id, ChainLink link, String hash) {}

  /** A well-formed chain of {@code n} records with ids 101, 102, … */
  static List<Stored> chain(int n) {
    List<Stored> records = new ArrayList<>();
    String previous = ChainLink.GENESIS;
    for (int i = 1; i <= n; i++) {
      ChainLink link =
          new ChainLink(
              "ningbo",
              i,
              Instant.parse("2026-12-07T01:00:00Z").plusSeconds(i),
              "ningbo.admin",
              "unit.update",
              "unit",
              "7",
              "{\"n\":" + (i - 1) + "}",
              "{\"n\":" + i + "}",
              previous);
      records.add(new Stored(100 + i, link, link.hash()));
      previous = link.hash();
    }
    return records;
  }

  static Verdict walk(List<Stored> records, long headSeq, String headHash) {
    ChainWalk walk = new ChainWalk();
    records.forEach(r -> walk.next(r.id(), r.link(), r.hash()));
    return walk.finish(headSeq, headHash);
  }

  static Verdict walk(List<Stored> records, List<Stored> head) {
    Stored last = head.get(head.size() - 1);
    return walk(records, last.link().seq(), last.hash());
  }

  @Test
  @DisplayName("Art. 18: an untouched chain is intact and every record is checked")
  void art18_intactChain() {
    List<Stored> records = chain(5);
    assertEquals(new Verdict(true, 5, null, null), walk(records, records));
  }

  @Test
  @DisplayName("Art. 18: a tenant without records is intact at genesis")
  void art18_emptyChain() {
    assertEquals(new Verdict(true, 0, null, null), walk(List.of(), 0, ChainLink.GENESIS));
  }

  @Test
  @DisplayName("Art. 20 tamper: a record changed behind the application's back is named")
  void art20_alteredRecordIsNamed() {
    List<Stored> records = new ArrayList<>(chain(5));
    Stored third = records.get(2);
    ChainLink l = third.link();
    records.set(
        2,
        new Stored(
            third.id(),
            new ChainLink(
                l.tenant(),
                l.seq(),
                l.occurredAt(),
                "someone.else",
                l.action(),
                l.entityType(),
                l.entityId(),
                l.beforeState(),
                l.afterState(),
                l.previousHash()),
            third.hash()));
    Verdict verdict = walk(records, chain(5));
    assertFalse(verdict.intact());
    assertEquals(103L, verdict.firstBroken());
    assertEquals(Break.ALTERED, verdict.reason());
    assertEquals(3, verdict.checked());
  }

  @Test
  @DisplayName("Art. 20 tamper: a record changed with its hash recomputed breaks the next link")
  void art20_rehashedRecordBreaksTheNextLink() {
    List<Stored> records = new ArrayList<>(chain(5));
    Stored second = records.get(1);
    ChainLink l = second.link();
    ChainLink forged =
        new ChainLink(
            l.tenant(),
            l.seq(),
            l.occurredAt(),
            l.actor(),
            l.action(),
            l.entityType(),
            l.entityId(),
            l.beforeState(),
            "{\"n\":99}",
            l.previousHash());
    records.set(1, new Stored(second.id(), forged, forged.hash()));
    Verdict verdict = walk(records, chain(5));
    assertEquals(103L, verdict.firstBroken());
    assertEquals(Break.GAP, verdict.reason());
  }

  @Test
  @DisplayName("Art. 20 tamper: a removed record is found at the record after it")
  void art20_removedRecordIsFound() {
    List<Stored> records = new ArrayList<>(chain(5));
    records.remove(1);
    Verdict verdict = walk(records, chain(5));
    assertFalse(verdict.intact());
    assertEquals(103L, verdict.firstBroken());
    assertEquals(Break.GAP, verdict.reason());
  }

  @Test
  @DisplayName("Art. 20 tamper: removed last records are found by the head")
  void art20_removedTailIsFound() {
    List<Stored> records = new ArrayList<>(chain(5));
    records.remove(4);
    Verdict verdict = walk(records, chain(5));
    assertFalse(verdict.intact());
    assertNull(verdict.firstBroken());
    assertEquals(Break.TRUNCATED, verdict.reason());
    assertEquals(4, verdict.checked());
  }

  @Test
  @DisplayName("Art. 20 tamper: a record outside the chain (no position, no hash) is named")
  void art20_recordOutsideTheChain() {
    ChainWalk walk = new ChainWalk();
    chain(2).forEach(r -> assertTrue(walk.next(r.id(), r.link(), r.hash())));
    walk.outside(555);
    Verdict verdict = walk.finish(2, chain(2).get(1).hash());
    assertEquals(555L, verdict.firstBroken());
    assertEquals(Break.GAP, verdict.reason());
  }
}
