package org.zhuiguang.assistant.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in text bound for an LLM that is not on this host by placeholders ([手机1],
 * [身份证1], [银行卡1], [邮箱1]) and puts the originals back into the reply. Identity numbers are masked
 * only when their check digit is valid, bank cards only when they pass Luhn, so article numbers,
 * sums and dates stay as they are. The mapping never leaves the server.
 */
public final class PersonalDataMasker {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9Xx])\\d{17}[0-9Xx](?![0-9Xx])");
  private static final Pattern BANK_CARD = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");
  private static final Pattern MOBILE =
      Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d{9}(?!\\d)");

  private final Map<String, String> originals = new LinkedHashMap<>();
  private final Map<String, String> placeholders = new LinkedHashMap<>();
  private final Map<String, Integer> counters = new LinkedHashMap<>();

  /** Values known to be personal data (a party's name, address ...), masked wherever they occur. */
  private final Map<String, String> known = new LinkedHashMap<>();

  /**
   * Registers a value known to be personal data, such as a party's name or address from the case's
   * structured fields: {@link #mask} replaces it wherever it occurs, before the patterns run.
   * Values shorter than two characters are ignored (they would mask ordinary words).
   *
   * @param value the value as recorded
   * @param kind the placeholder's kind (当事人, 地址, 手机 ...)
   * @return the placeholder, or empty when the value is too short to mask
   */
  public String known(String value, String kind) {
    String v = value == null ? "" : value.strip();
    if (v.codePointCount(0, v.length()) < 2) {
      return "";
    }
    String placeholder = placeholder(v, kind);
    known.put(v, placeholder);
    return placeholder;
  }

  /** The text with personal data replaced; the same value always gets the same placeholder. */
  public String mask(String text) {
    String t = text;
    if (!known.isEmpty()) {
      List<String> values = new ArrayList<>(known.keySet());
      values.sort(Comparator.comparingInt(String::length).reversed());
      for (String v : values) {
        t = t.replace(v, known.get(v));
      }
    }
    t = replace(t, EMAIL, "邮箱", s -> true);
    t = replace(t, ID_NUMBER, "身份证", PersonalDataMasker::validIdNumber);
    t = replace(t, BANK_CARD, "银行卡", PersonalDataMasker::luhn);
    t = replace(t, MOBILE, "手机", s -> true);
    return t;
  }

  /** The reply with every placeholder this masker made put back. */
  public String restore(String reply) {
    String r = reply;
    for (Map.Entry<String, String> e : originals.entrySet()) {
      r = r.replace(e.getKey(), e.getValue());
    }
    return r;
  }

  /** How many distinct values were masked. */
  public int masked() {
    return originals.size();
  }

  private String replace(
      String text, Pattern pattern, String kind, java.util.function.Predicate<String> valid) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group();
      if (!valid.test(value)) {
        m.appendReplacement(out, Matcher.quoteReplacement(value));
        continue;
      }
      String placeholder = placeholder(value, kind);
      m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String placeholder(String value, String kind) {
    return placeholders.computeIfAbsent(
        value,
        v -> {
          int n = counters.merge(kind, 1, Integer::sum);
          String p = "[" + kind + n + "]";
          originals.put(p, v);
          return p;
        });
  }

  /** GB 11643 check digit of an 18-digit resident identity number. */
  static boolean validIdNumber(String id) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    String checks = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * weights[i];
    }
    return Character.toUpperCase(id.charAt(17)) == checks.charAt(sum % 11);
  }

  /** The Luhn check of a card number. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
