package org.zhuiguang.assistant.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of a draft, never changed once written. */
@Entity
@Table(name = "zg_draft_version")
public class DraftVersionEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "draft_id", nullable = false)
  public Long draftId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false, length = 200000)
  public String body;

  /** JSON array of the quoted articles. */
  @Column(nullable = false, length = 200000)
  public String citations;

  /** JSON object: label, producer, content_id, model, created_at, sha256. */
  @Column(nullable = false, length = 4000)
  public String metadata;

  @Column(nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static List<DraftVersionEntity> ofDraft(long draftId) {
    return list("draftId = ?1 order by version", draftId);
  }

  public static Optional<DraftVersionEntity> of(long draftId, int version) {
    return find("draftId = ?1 and version = ?2", draftId, version).firstResultOptional();
  }
}
