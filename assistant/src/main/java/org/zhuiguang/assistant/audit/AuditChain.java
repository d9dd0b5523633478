package org.zhuiguang.assistant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How rows are chained: a row's hash is the SHA-256 of its canonical form, which lists seq, at,
 * user, action, target, outcome, ip and the previous hash, each as {@code length:value\n} (so no
 * choice of values makes two different rows encode alike).
 */
public final class AuditChain {

  /** The previous hash of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The row that follows {@code previous} (null for the first row). */
  public static AuditRow next(
      AuditRow previous,
      Instant at,
      String user,
      String action,
      String target,
      String outcome,
      String ip) {
    long seq = previous == null ? 1 : previous.seq() + 1;
    String prev = previous == null ? GENESIS : previous.hash();
    String when = timestamp(at);
    return new AuditRow(
        seq,
        when,
        user,
        action,
        target,
        outcome,
        ip,
        prev,
        hash(seq, when, user, action, target, outcome, ip, prev));
  }

  /** The timestamp form rows store: ISO-8601 UTC, milliseconds. */
  public static String timestamp(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** The hash a row must carry, recomputed from its fields. */
  public static String hashOf(AuditRow row) {
    return hash(
        row.seq(),
        row.at(),
        row.user(),
        row.action(),
        row.target(),
        row.outcome(),
        row.ip(),
        row.prevHash());
  }

  static String hash(
      long seq,
      String at,
      String user,
      String action,
      String target,
      String outcome,
      String ip,
      String prevHash) {
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {Long.toString(seq), at, user, action, target, outcome, ip, prevHash}) {
      canonical.append(field.length()).append(':').append(field).append('\n');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
