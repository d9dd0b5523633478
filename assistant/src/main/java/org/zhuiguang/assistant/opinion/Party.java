package org.zhuiguang.assistant.opinion;

import java.util.Objects;

/**
 * A party to a case, with personal data in structured fields (so it can be masked and replaced by
 * placeholders field by field). Empty strings for what is not known.
 *
 * @param name the party's name
 * @param role the party's role in the dispute (申请人, 被申请人 ...), may be empty
 * @param phone a phone number
 * @param idNumber a resident identity number
 * @param address an address
 * @param bankCard a bank card number
 */
public record Party(
    String name, String role, String phone, String idNumber, String address, String bankCard) {

  public Party {
    Objects.requireNonNull(name, "name");
    role = role == null ? "" : role;
    phone = phone == null ? "" : phone;
    idNumber = idNumber == null ? "" : idNumber;
    address = address == null ? "" : address;
    bankCard = bankCard == null ? "" : bankCard;
  }
}
