package org.zhuiguang.assistant.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A user assigned to a case: the case is visible to them. */
@Entity
@Table(name = "zg_case_assignee")
public class AssigneeEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id", nullable = false)
  public Long caseId;

  @Column(nullable = false)
  public String username;

  public static List<String> usersOf(long caseId) {
    return AssigneeEntity.<AssigneeEntity>list("caseId = ?1 order by id", caseId).stream()
        .map(a -> a.username)
        .toList();
  }

  public static boolean assigned(long caseId, String user) {
    return count("caseId = ?1 and username = ?2", caseId, user) > 0;
  }

  public static List<Long> casesOf(String user) {
    return AssigneeEntity.<AssigneeEntity>list("username = ?1 order by caseId", user).stream()
        .map(a -> a.caseId)
        .toList();
  }
}
