package org.zhuiguang.assistant.audit;

import java.util.Optional;

/**
 * Checks a trail read in {@code seq} order: sequence without gaps from 1, each row's previous hash
 * equal to the hash of the row before, each row's hash equal to the hash of its fields. Reports the
 * first row that fails and why.
 */
public final class AuditVerifier {

  /** The outcome: how many rows were intact before the first broken one, if any. */
  public record Result(long checked, Optional<Broken> broken) {

    public boolean intact() {
      return broken.isEmpty();
    }
  }

  /** The first broken row and the reason. */
  public record Broken(long seq, String reason) {}

  private AuditVerifier() {}

  public static Result verify(Iterable<AuditRow> rows) {
    long expected = 1;
    String prev = AuditChain.GENESIS;
    long checked = 0;
    for (AuditRow row : rows) {
      if (row.seq() != expected) {
        return broken(checked, row.seq(), "sequence gap: expected row " + expected);
      }
      if (!row.prevHash().equals(prev)) {
        return broken(checked, row.seq(), "previous hash does not match the row before");
      }
      if (!AuditChain.hashOf(row).equals(row.hash())) {
        return broken(checked, row.seq(), "hash does not match the row's fields");
      }
      prev = row.hash();
      expected++;
      checked++;
    }
    return new Result(checked, Optional.empty());
  }

  private static Result broken(long checked, long seq, String reason) {
    return new Result(checked, Optional.of(new Broken(seq, reason)));
  }
}
