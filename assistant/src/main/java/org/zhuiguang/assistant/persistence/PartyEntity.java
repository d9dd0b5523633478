package org.zhuiguang.assistant.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.zhuiguang.assistant.opinion.Party;

/** A party of a case, personal data in structured fields (empty when unknown). */
@Entity
@Table(name = "zg_party")
public class PartyEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id", nullable = false)
  public Long caseId;

  @Column(name = "party_order", nullable = false)
  public int position;

  @Column(nullable = false)
  public String name;

  @Column(name = "party_role", nullable = false)
  public String role;

  @Column(nullable = false)
  public String phone;

  @Column(name = "id_number", nullable = false)
  public String idNumber;

  @Column(nullable = false, length = 1000)
  public String address;

  @Column(name = "bank_card", nullable = false)
  public String bankCard;

  public Party toParty() {
    return new Party(name, role, phone, idNumber, address, bankCard);
  }

  public static List<PartyEntity> ofCase(long caseId) {
    return list("caseId = ?1 order by position", caseId);
  }
}
