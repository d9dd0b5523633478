package org.zhuiguang.assistant.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A draft: its status (set only by the server) and which version is current. */
@Entity
@Table(name = "zg_draft")
public class DraftEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id", nullable = false)
  public Long caseId;

  @Column(nullable = false, length = 20)
  public String status;

  @Column(name = "current_version", nullable = false)
  public int currentVersion;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public String reviewer;

  @Column(name = "approved_at")
  public Instant approvedAt;

  /** JSON array of {law, article, suffix?, old_version, new_version}; {@code []} when none. */
  @Column(name = "stale_citations", nullable = false, length = 20000)
  public String staleCitations = "[]";
}
