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

/** One showing of a party's unmasked personal data, with the reason given. */
@Entity
@Table(name = "zg_reveal")
public class RevealEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id", nullable = false)
  public Long caseId;

  @Column(name = "party_order", nullable = false)
  public int party;

  @Column(nullable = false, length = 20)
  public String field;

  @Column(name = "username", nullable = false)
  public String user;

  @Column(nullable = false, length = 2000)
  public String reason;

  @Column(name = "revealed_at", nullable = false)
  public Instant revealedAt;

  /** The last {@code limit} reveals, newest first. */
  public static List<RevealEntity> latest(int limit) {
    return RevealEntity.<RevealEntity>find("order by id desc").page(0, limit).list();
  }
}
