package org.zhuiguang.assistant.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditVerifierTest {

  static List<AuditRow> trail(int n) {
    List<AuditRow> rows = new ArrayList<>();
    AuditRow prev = null;
    for (int i = 0; i < n; i++) {
      prev =
          AuditChain.next(
              prev,
              Instant.parse("2025-01-01T00:00:00.123456Z").plusSeconds(i),
              "user" + i,
              "draft.view",
              "draft/" + i,
              i % 2 == 0 ? "ok" : "denied 403",
              "127.0.0.1");
      rows.add(prev);
    }
    return rows;
  }

  @Test
  void anIntactTrailVerifies() {
    List<AuditRow> rows = trail(5);
    AuditVerifier.Result r = AuditVerifier.verify(rows);
    assertTrue(r.intact());
    assertEquals(5, r.checked());
    assertEquals(AuditChain.GENESIS, rows.get(0).prevHash());
    assertEquals(rows.get(0).hash(), rows.get(1).prevHash());
    assertEquals("2025-01-01T00:00:00.123Z", rows.get(0).at());
  }

  @Test
  void anEditedFieldIsTheFirstBrokenRow() {
    List<AuditRow> rows = trail(5);
    AuditRow r = rows.get(2);
    rows.set(
        2,
        new AuditRow(
            r.seq(),
            r.at(),
            r.user(),
            r.action(),
            r.target(),
            "ok (edited)",
            r.ip(),
            r.prevHash(),
            r.hash()));
    AuditVerifier.Result result = AuditVerifier.verify(rows);
    assertEquals(3, result.broken().orElseThrow().seq());
    assertEquals(2, result.checked());
  }

  @Test
  void aRehashedRowBreaksTheNextOne() {
    List<AuditRow> rows = trail(5);
    AuditRow r = rows.get(1);
    AuditRow forged =
        new AuditRow(
            r.seq(),
            r.at(),
            "mallory",
            r.action(),
            r.target(),
            r.outcome(),
            r.ip(),
            r.prevHash(),
            "");
    forged =
        new AuditRow(
            forged.seq(),
            forged.at(),
            forged.user(),
            forged.action(),
            forged.target(),
            forged.outcome(),
            forged.ip(),
            forged.prevHash(),
            AuditChain.hashOf(forged));
    assertNotEquals(r.hash(), forged.hash());
    rows.set(1, forged);
    assertEquals(3, AuditVerifier.verify(rows).broken().orElseThrow().seq());
  }

  @Test
  void aDeletedRowIsAGap() {
    List<AuditRow> rows = trail(5);
    rows.remove(3);
    AuditVerifier.Broken b = AuditVerifier.verify(rows).broken().orElseThrow();
    assertEquals(5, b.seq());
    assertTrue(b.reason().contains("gap"));
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    AuditRow a = AuditChain.next(null, at, "ab", "c", "t", "ok", "ip");
    AuditRow b = AuditChain.next(null, at, "a", "bc", "t", "ok", "ip");
    assertNotEquals(a.hash(), b.hash());
  }
}
