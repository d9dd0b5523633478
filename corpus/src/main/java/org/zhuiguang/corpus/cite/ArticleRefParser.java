package org.zhuiguang.corpus.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.ChineseNumerals;

/**
 * Reads the article part of a citation: 第X条[之Y][第Z款][第（W）项], and chains of them joined into lists
 * (第十条、第十一条及第十二条) or ranges (第五百零九条至第五百一十一条). Numerals are Chinese, Arabic or full-width. Knows
 * nothing of laws.
 */
final class ArticleRefParser {

  /** One article reference; paragraph and item lists (第一款、第二款) are read but only the first kept. */
  record Ref(int start, int end, ArticleNumber number, OptionalInt paragraph, OptionalInt item) {}

  /** A reference in a chain; {@code rangeFromPrevious} when joined to the previous one by 至. */
  record Link(Ref ref, boolean rangeFromPrevious) {}

  /** References joined by list or range connectors, in order. */
  record Chain(List<Link> links) {
    int start() {
      return links.get(0).ref().start();
    }

    int end() {
      return links.get(links.size() - 1).ref().end();
    }
  }

  private record Ordinal(int end, int value, char unit) {}

  private record Connector(int end, boolean range, boolean comma) {}

  private static final int MAX_LINKS = 500;
  private static final String[] RANGE_CONNECTORS = {"至", "到", "～", "~", "—", "－", "-"};
  private static final String[] LIST_CONNECTORS = {"以及", "或者", "、", "和", "及", "与", "或"};
  private static final String[] COMMAS = {"，", ","};

  private ArticleRefParser() {}

  /** The chain starting at {@code pos}, which must hold 第X条; empty when there is none. */
  static Optional<Chain> parseChain(String text, int pos) {
    List<Link> links = new ArrayList<>(parseShared(text, pos));
    if (links.isEmpty()) {
      Ref first = parseRef(text, pos, true);
      if (first == null) {
        return Optional.empty();
      }
      links.add(new Link(first, false));
    }
    int at = links.get(links.size() - 1).ref().end();
    while (links.size() < MAX_LINKS) {
      Connector connector = connectorAt(text, at, true);
      if (connector == null) {
        break;
      }
      Ref next = parseRef(text, connector.end(), connector.comma());
      if (next == null) {
        break;
      }
      links.add(new Link(next, connector.range()));
      at = next.end();
    }
    return Optional.of(new Chain(List.copyOf(links)));
  }

  /**
   * Several numbers sharing one 条: 第四百二十七、四百四十五条, 第十至第十二条, 第10-12条. Each number but the last spans
   * only its numeral; empty when the text at {@code pos} is not of this form.
   */
  private static List<Link> parseShared(String text, int pos) {
    if (pos >= text.length() || text.charAt(pos) != '第') {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    int segment = pos;
    int at = skipSpaces(text, pos + 1);
    boolean range = false;
    while (links.size() < MAX_LINKS) {
      int numeralEnd = numeralEnd(text, at);
      OptionalInt value = ChineseNumerals.parse(text.substring(at, numeralEnd));
      if (value.isEmpty() || value.getAsInt() <= 0) {
        return List.of();
      }
      int next = skipSpaces(text, numeralEnd);
      if (next < text.length() && text.charAt(next) == '条') {
        if (links.isEmpty()) {
          return List.of();
        }
        Ref last = parseRef(text, segment, false);
        if (last == null) {
          return List.of();
        }
        links.add(new Link(last, range));
        return links;
      }
      Connector connector = connectorAt(text, next, true);
      if (connector == null || connector.comma()) {
        return List.of();
      }
      Ref ref =
          new Ref(
              segment,
              numeralEnd,
              ArticleNumber.of(value.getAsInt()),
              OptionalInt.empty(),
              OptionalInt.empty());
      links.add(new Link(ref, range));
      range = connector.range();
      segment = connector.end();
      at = segment;
      if (at < text.length() && text.charAt(at) == '第') {
        at = skipSpaces(text, at + 1);
      }
    }
    return List.of();
  }

  private static Ref parseRef(String text, int pos, boolean requireDi) {
    Ordinal article = readOrdinal(text, pos, requireDi);
    if (article == null || article.unit() != '条') {
      return null;
    }
    int at = article.end();
    int suffix = 0;
    if (at < text.length() && text.charAt(at) == '之') {
      int numeralEnd = numeralEnd(text, at + 1);
      OptionalInt value = ChineseNumerals.parse(text.substring(at + 1, numeralEnd));
      if (value.isPresent() && value.getAsInt() > 0) {
        suffix = value.getAsInt();
        at = numeralEnd;
      }
    }
    OptionalInt paragraph = OptionalInt.empty();
    Ordinal ordinal = readOrdinal(text, at, true);
    if (ordinal != null && ordinal.unit() == '款') {
      paragraph = OptionalInt.of(ordinal.value());
      at = absorbList(text, ordinal.end(), '款');
      ordinal = readOrdinal(text, at, true);
    }
    OptionalInt item = OptionalInt.empty();
    if (ordinal != null && ordinal.unit() == '项') {
      item = OptionalInt.of(ordinal.value());
      at = absorbList(text, ordinal.end(), '项');
    }
    return new Ref(pos, at, ArticleNumber.of(article.value(), suffix), paragraph, item);
  }

  /** Skips further paragraphs or items of a list (第一款、第二款), returning the end of the last. */
  private static int absorbList(String text, int at, char unit) {
    int end = at;
    while (true) {
      Connector connector = connectorAt(text, end, false);
      if (connector == null) {
        return end;
      }
      Ordinal next = readOrdinal(text, connector.end(), false);
      if (next == null || next.unit() != unit) {
        return end;
      }
      end = next.end();
    }
  }

  /** 第X条, 第X款, 第（X）项: optional 第 unless required, spaces allowed, a positive numeral. */
  private static Ordinal readOrdinal(String text, int pos, boolean requireDi) {
    int at = pos;
    if (at < text.length() && text.charAt(at) == '第') {
      at++;
    } else if (requireDi) {
      return null;
    }
    at = skipSpaces(text, at);
    boolean bracketed = at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(');
    if (bracketed) {
      at = skipSpaces(text, at + 1);
    }
    int numeralEnd = numeralEnd(text, at);
    if (numeralEnd == at) {
      return null;
    }
    OptionalInt value = ChineseNumerals.parse(text.substring(at, numeralEnd));
    if (value.isEmpty() || value.getAsInt() <= 0) {
      return null;
    }
    at = skipSpaces(text, numeralEnd);
    if (bracketed) {
      if (at < text.length() && (text.charAt(at) == '）' || text.charAt(at) == ')')) {
        at = skipSpaces(text, at + 1);
      } else {
        return null;
      }
    }
    if (at >= text.length()) {
      return null;
    }
    char unit = text.charAt(at);
    if (unit != '条' && unit != '款' && unit != '项') {
      return null;
    }
    return new Ordinal(at + 1, value.getAsInt(), unit);
  }

  private static Connector connectorAt(String text, int pos, boolean rangesAndCommas) {
    int at = skipSpaces(text, pos);
    if (rangesAndCommas) {
      for (String connector : RANGE_CONNECTORS) {
        if (text.startsWith(connector, at)) {
          return new Connector(skipSpaces(text, at + connector.length()), true, false);
        }
      }
      for (String connector : COMMAS) {
        if (text.startsWith(connector, at)) {
          return new Connector(skipSpaces(text, at + connector.length()), false, true);
        }
      }
    }
    for (String connector : LIST_CONNECTORS) {
      if (text.startsWith(connector, at)) {
        return new Connector(skipSpaces(text, at + connector.length()), false, false);
      }
    }
    return null;
  }

  private static int numeralEnd(String text, int pos) {
    int at = pos;
    while (at < text.length() && ChineseNumerals.isNumeralChar(text.charAt(at))) {
      at++;
    }
    return at;
  }

  static int skipSpaces(String text, int pos) {
    int at = pos;
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }
}
