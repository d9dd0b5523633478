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

/** A comment on a version of a draft. */
@Entity
@Table(name = "zg_comment")
public class CommentEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "draft_id", nullable = false)
  public Long draftId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String author;

  @Column(name = "body", nullable = false, length = 20000)
  public String text;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static List<CommentEntity> ofDraft(long draftId) {
    return list("draftId = ?1 order by id", draftId);
  }
}
