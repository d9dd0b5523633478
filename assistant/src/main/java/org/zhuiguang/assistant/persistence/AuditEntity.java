package org.zhuiguang.assistant.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhuiguang.assistant.audit.AuditRow;

/** A row of the audit trail; only ever inserted. */
@Entity
@Table(name = "zg_audit")
public class AuditEntity extends PanacheEntityBase {

  @Id public Long seq;

  @Column(name = "happened_at", nullable = false, length = 40)
  public String at;

  @Column(name = "username", nullable = false)
  public String user;

  @Column(nullable = false, length = 100)
  public String action;

  @Column(nullable = false, length = 500)
  public String target;

  @Column(nullable = false, length = 500)
  public String outcome;

  @Column(nullable = false, length = 100)
  public String ip;

  @Column(name = "prev_hash", nullable = false, length = 64)
  public String prevHash;

  @Column(nullable = false, length = 64)
  public String hash;

  public AuditRow toRow() {
    return new AuditRow(seq, at, user, action, target, outcome, ip, prevHash, hash);
  }

  public static AuditEntity of(AuditRow r) {
    AuditEntity e = new AuditEntity();
    e.seq = r.seq();
    e.at = r.at();
    e.user = r.user();
    e.action = r.action();
    e.target = r.target();
    e.outcome = r.outcome();
    e.ip = r.ip();
    e.prevHash = r.prevHash();
    e.hash = r.hash();
    return e;
  }
}
