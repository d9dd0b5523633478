package org.zhuiguang.corpus.collection;

import java.util.ArrayList;
import java.util.List;

/** Line splitting and whitespace handling as the statute files need them. */
final class TextLines {

  private TextLines() {}

  /**
   * Splits a text into lines at every line boundary Python's {@code str.splitlines} knows (\n, \r,
   * \r\n, \u000b, \u000c, \u001c-\u001e, \u0085, \u2028, \u2029), so that lines agree with the
   * reference scorer's.
   */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return switch (c) {
      case '\n',
          '\r',
          '\u000b',
          '\u000c',
          '\u001c',
          '\u001d',
          '\u001e',
          '\u0085',
          '\u2028',
          '\u2029' ->
          true;
      default -> false;
    };
  }

  /**
   * Whitespace in the broad sense: ASCII, ideographic (U+3000) and no-break spaces, and the
   * zero-width characters some files use as blank lines (U+200B-U+200D, U+2060, BOM).
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /** Whether the text holds a zero-width character (U+200B-U+200D, U+2060). */
  static boolean hasZeroWidth(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060') {
        return true;
      }
    }
    return false;
  }

  /** The text without leading and trailing whitespace in the sense of {@link #isSpace}. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /** The text with every whitespace character removed, as the scorer compares quotations. */
  static String removeSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Runs of whitespace collapsed to one ASCII space, ends stripped. */
  static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pending = out.length() > 0;
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
