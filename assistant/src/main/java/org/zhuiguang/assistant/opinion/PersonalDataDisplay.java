package org.zhuiguang.assistant.opinion;

/**
 * How lists and pages show personal data: 张*, 138****1234, the first and last digits of identity
 * and card numbers, the first characters of an address. The stored values stay whole.
 */
public final class PersonalDataDisplay {

  private PersonalDataDisplay() {}

  public static String name(String name) {
    if (name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first)
        + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  public static String phone(String phone) {
    return keep(phone, 3, 4);
  }

  public static String idNumber(String id) {
    return keep(id, 4, 2);
  }

  public static String bankCard(String card) {
    return keep(card, 4, 4);
  }

  public static String address(String address) {
    int n = address.codePointCount(0, address.length());
    if (n <= 6) {
      return address.isEmpty() ? address : "****";
    }
    return address.substring(0, address.offsetByCodePoints(0, 6)) + "****";
  }

  private static String keep(String value, int head, int tail) {
    if (value.isEmpty()) {
      return value;
    }
    if (value.length() <= head + tail) {
      return "*".repeat(value.length());
    }
    return value.substring(0, head)
        + "*".repeat(value.length() - head - tail)
        + value.substring(value.length() - tail);
  }
}
