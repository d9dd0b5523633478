package org.zhuiguang.corpus;

import java.util.OptionalInt;

/**
 * Chinese numerals both ways, as statutes write them: 一百三十三 <-> 133, 一千零六十 <-> 1060, 十二 <-> 12.
 * Parsing also takes Arabic digits, full-width digits (１３３), 〇 and 两.
 */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] SMALL_UNITS = {"", "十", "百", "千"};

  private ChineseNumerals() {}

  /** Writes a number from 1 to 99,999,999 the way statutes do: 133 is 一百三十三, 12 is 十二. */
  public static String toChinese(int value) {
    if (value <= 0 || value > 99_999_999) {
      throw new IllegalArgumentException("no statute numeral for " + value);
    }
    if (value >= 10_000) {
      int high = value / 10_000;
      int low = value % 10_000;
      String head = toChinese(high) + "万";
      if (low == 0) {
        return head;
      }
      return head + (low < 1000 ? "零" : "") + belowTenThousand(low, false);
    }
    return belowTenThousand(value, true);
  }

  private static String belowTenThousand(int value, boolean leading) {
    StringBuilder out = new StringBuilder();
    boolean pendingZero = false;
    for (int unit = 3; unit >= 0; unit--) {
      int divisor = (int) Math.pow(10, unit);
      int digit = (value / divisor) % 10;
      if (digit == 0) {
        if (out.length() > 0) {
          pendingZero = true;
        }
        continue;
      }
      if (pendingZero) {
        out.append('零');
        pendingZero = false;
      }
      boolean bareTen = unit == 1 && digit == 1 && out.length() == 0 && leading;
      if (!bareTen) {
        out.append(DIGITS.charAt(digit));
      }
      out.append(SMALL_UNITS[unit]);
    }
    return out.toString();
  }

  /**
   * Reads a numeral: Chinese (一百三十三, 十二, 一千零六十, 两百), Arabic (133) or full-width (１３３). Empty when
   * the text is not a numeral.
   */
  public static OptionalInt parse(CharSequence text) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (isAllDigits(text)) {
      long value = 0;
      for (int i = 0; i < text.length(); i++) {
        value = value * 10 + digitValue(text.charAt(i));
        if (value > Integer.MAX_VALUE) {
          return OptionalInt.empty();
        }
      }
      return OptionalInt.of((int) value);
    }
    long total = 0;
    long section = 0;
    int digit = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = chineseDigit(c);
      if (d >= 0) {
        if (digit > 0) {
          return OptionalInt.empty(); // two digits in a row: 一二 is not a statute numeral
        }
        digit = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10_000;
            default -> -1;
          };
      if (unit < 0) {
        return OptionalInt.empty();
      }
      if (unit == 10_000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * 10_000L;
        section = 0;
      } else {
        section += (digit < 0 ? (unit == 10 ? 1 : -1) : digit) * (long) unit;
        if (digit == 0 || section < 0) {
          return OptionalInt.empty();
        }
      }
      digit = -1;
    }
    if (digit > 0) {
      section += digit;
    }
    long value = total + section;
    if (value <= 0 || value > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) value);
  }

  /** Whether a character can be part of a numeral {@link #parse} reads. */
  public static boolean isNumeralChar(char c) {
    return chineseDigit(c) >= 0 || digitValue(c) >= 0 || "十拾百佰千仟万".indexOf(c) >= 0;
  }

  private static boolean isAllDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (digitValue(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** 0-9 for ASCII and full-width digits, else -1. */
  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  private static int chineseDigit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '两' -> 2;
      default -> DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
    };
  }
}
