package org.zhuiguang.assistant.audit;

import java.util.Objects;

/**
 * One row of the audit trail.
 *
 * @param seq its place in the chain, from 1
 * @param at when, ISO-8601 UTC to the millisecond (as stored, so the hash is reproducible)
 * @param user who ({@code anonymous} when no one signed in)
 * @param action what, e.g. {@code draft.approve}, {@code case.view}
 * @param target on what, e.g. {@code draft/12}
 * @param outcome {@code ok}, {@code denied} (401, 403, 404) or {@code conflict} ... with details
 * @param ip where from
 * @param prevHash the previous row's hash ({@link AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over the canonical fields and {@code prevHash}
 */
public record AuditRow(
    long seq,
    String at,
    String user,
    String action,
    String target,
    String outcome,
    String ip,
    String prevHash,
    String hash) {

  public AuditRow {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
