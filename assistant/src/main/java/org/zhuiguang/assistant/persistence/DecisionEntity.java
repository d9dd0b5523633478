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

/** An advisor's decision on a version: approved or rejected, with the reason. */
@Entity
@Table(name = "zg_decision")
public class DecisionEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "draft_id", nullable = false)
  public Long draftId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false, length = 20)
  public String decision;

  @Column(nullable = false)
  public String reviewer;

  @Column(nullable = false, length = 20000)
  public String reason;

  @Column(name = "decided_at", nullable = false)
  public Instant decidedAt;

  public static List<DecisionEntity> ofDraft(long draftId) {
    return list("draftId = ?1 order by id", draftId);
  }
}
