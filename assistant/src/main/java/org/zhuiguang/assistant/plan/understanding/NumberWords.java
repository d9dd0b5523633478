package org.zhuiguang.assistant.plan.understanding;

import java.util.Locale;
import java.util.OptionalLong;
import org.zhuiguang.corpus.ChineseNumerals;

/**
 * Reads the numbers of everyday speech, which statutes' numerals do not cover: approximations (三万多,
 * 十几万, 几千), colloquial shortenings (三万二 is 32,000, 七千二 is 7,200, 一千五 is 1,500), decimals with a
 * unit (3.5万) and full-width digits. An approximate number gives its lower bound.
 */
public final class NumberWords {

  /** The characters a spoken number can be made of. */
  public static final String NUMBER_CHARS = "0123456789０１２３４５６７８９.．零〇一二两三四五六七八九十百千万亿几多余来";

  private NumberWords() {}

  /** Whether the word holds an approximation marker (多, 几, 余, 来). */
  public static boolean isApproximate(String word) {
    return word.indexOf('多') >= 0
        || word.indexOf('几') >= 0
        || word.indexOf('余') >= 0
        || word.indexOf('来') >= 0
        || hasRange(word);
  }

  /** Whether the word names a range by two adjacent digits (三四万, 七八个, 十七八). */
  private static boolean hasRange(String word) {
    for (int i = 1; i < word.length(); i++) {
      Digit a = digit(word.charAt(i - 1));
      Digit b = digit(word.charAt(i));
      if (a.present && b.present && a.value > 0 && b.value == a.value + 1) {
        return true;
      }
    }
    return false;
  }

  /** The value of a spoken number (lower bound when approximate); empty when it is none. */
  public static OptionalLong value(String word) {
    String w = normalize(word);
    if (w.isEmpty()) {
      return OptionalLong.empty();
    }
    if (Character.isDigit(w.charAt(0))) {
      return arabic(w);
    }
    return chinese(w);
  }

  private static String normalize(String word) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        out.append('.');
      } else if (c == '多' || c == '余' || c == '来') {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static OptionalLong arabic(String w) {
    int end = 0;
    while (end < w.length() && (Character.isDigit(w.charAt(end)) || w.charAt(end) == '.')) {
      end++;
    }
    double base;
    try {
      base = Double.parseDouble(w.substring(0, end));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    double multiplier = 1;
    for (int i = end; i < w.length(); i++) {
      multiplier *= unit(w.charAt(i));
    }
    if (multiplier <= 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.round(base * multiplier));
  }

  private static OptionalLong chinese(String w) {
    long total = 0;
    long section = 0;
    long digit = -1;
    long lastUnit = 0;
    boolean zeroSeen = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '几') {
        digit = lastUnit == 10 && digit < 0 ? 1 : 2;
        continue;
      }
      Digit d = digit(c);
      if (d.present) {
        if (d.value == 0) {
          zeroSeen = true;
          digit = -1;
          continue;
        }
        if (digit > 0) {
          if (d.value == digit + 1) {
            continue; // 三四万, 七八个: a range; its lower bound counts
          }
          return OptionalLong.empty();
        }
        digit = d.value;
        continue;
      }
      long u = unit(c);
      if (u <= 0) {
        return OptionalLong.empty();
      }
      if (u >= 10_000) {
        long head = section + Math.max(digit, 0);
        head = head == 0 ? 1 : head;
        total = u > 10_000 ? (total + head) * u : total + head * u;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * u;
      }
      digit = -1;
      lastUnit = u;
      zeroSeen = false;
    }
    if (digit > 0) {
      boolean colloquial = lastUnit >= 100 && !zeroSeen && w.charAt(w.length() - 1) != '几';
      section += colloquial ? digit * lastUnit / 10 : digit;
    }
    long value = total + section;
    if (value <= 0) {
      return fallback(w);
    }
    return OptionalLong.of(value);
  }

  private static OptionalLong fallback(String w) {
    var parsed = ChineseNumerals.parse(w);
    return parsed.isPresent() ? OptionalLong.of(parsed.getAsInt()) : OptionalLong.empty();
  }

  private record Digit(boolean present, long value) {}

  private static Digit digit(char c) {
    int i = "零一二三四五六七八九".indexOf(c);
    if (i >= 0) {
      return new Digit(true, i);
    }
    if (c == '〇') {
      return new Digit(true, 0);
    }
    if (c == '两') {
      return new Digit(true, 2);
    }
    return new Digit(false, 0);
  }

  private static long unit(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      case '万' -> 10_000;
      case '亿' -> 100_000_000;
      default -> -1;
    };
  }
}
