package org.zhuiguang.assistant.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.cite.Citation;

/**
 * Checks every citation of an LLM reply against the index: the law exists, the article exists, the
 * text quoted after it is the index's text, and the article was among those retrieved for the
 * question. Text inside quotation marks is checked as a quote and not scanned for citations (an
 * article's own text may say 本法第三条).
 */
public final class CitationVerifier {

  /** “…”, 「…」, 『…』 and "…" quotations. */
  private static final Pattern QUOTE =
      Pattern.compile("“([^”]*)”|「([^」]*)」|『([^』]*)』|\"([^\"\\n]*)\"");

  /** An ellipsis inside a quote: the pieces on each side are checked separately. */
  private static final Pattern ELLIPSIS = Pattern.compile("……|…|\\.\\.\\.");

  /** How far before a quote (characters, same sentence) a citation still owns it. */
  private static final int OWNER_WINDOW = 40;

  /** Quotes shorter than this that no citation owns are taken as ordinary quotation marks. */
  private static final int LOOSE_QUOTE_MIN = 15;

  /**
   * Verifies a reply.
   *
   * @param reply the model's reply
   * @param retrieved the articles given to the model
   * @param question the question (a quote of it is not a statute quote)
   * @param finder the citation finder of the same catalog the articles come from
   */
  public Verification verify(
      String reply, Collection<StatuteArticle> retrieved, String question, CitationFinder finder) {
    List<String> problems = new ArrayList<>();
    Set<String> retrievedIds = new HashSet<>();
    for (StatuteArticle a : retrieved) {
      retrievedIds.add(a.docId());
    }

    List<int[]> quoteSpans = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTE.matcher(reply);
    StringBuilder masked = new StringBuilder(reply);
    while (m.find()) {
      String inner = firstGroup(m);
      quoteSpans.add(new int[] {m.start(), m.end()});
      quotes.add(inner);
      for (int i = m.start() + 1; i < m.end() - 1; i++) {
        masked.setCharAt(i, '　');
      }
    }

    List<Citation> citations = finder.find(masked.toString());
    Map<String, StatuteArticle> cited = new LinkedHashMap<>();
    for (Citation c : citations) {
      if (!c.resolved()) {
        problems.add(unresolvedProblem(c));
        continue;
      }
      StatuteArticle article = c.article().orElseThrow();
      if (!retrievedIds.contains(article.docId())) {
        problems.add(
            String.format(
                Locale.ROOT,
                "“%s”所指《%s》%s不在检索到的条文中，只能引用所给条文",
                c.text(),
                article.law(),
                article.number().toChinese()));
        continue;
      }
      cited.putIfAbsent(article.docId(), article);
    }

    for (int q = 0; q < quotes.size(); q++) {
      String quote = quotes.get(q);
      int start = quoteSpans.get(q)[0];
      List<StatuteArticle> owners = owners(citations, start, masked);
      if (!owners.isEmpty()) {
        boolean found = owners.stream().anyMatch(a -> contains(a.text(), quote));
        if (!found) {
          StatuteArticle owner = owners.get(owners.size() - 1);
          problems.add(
              String.format(
                  Locale.ROOT,
                  "引号中的文字与《%s》%s的原文不符：“%s”",
                  owner.law(),
                  owner.number().toChinese(),
                  abbreviate(quote)));
        }
      } else if (normalise(quote).length() >= LOOSE_QUOTE_MIN
          && retrieved.stream().noneMatch(a -> contains(a.text(), quote))
          && !contains(question, quote)) {
        problems.add(String.format(Locale.ROOT, "引号中的文字不是所给条文的原文：“%s”", abbreviate(quote)));
      }
    }

    if (cited.isEmpty() && problems.isEmpty()) {
      problems.add("回答没有引用任何所给条文；每个结论都须注明所依据的条文");
    }
    return new Verification(List.copyOf(cited.values()), problems);
  }

  /** The resolved citations that end shortly before a quote, in the same sentence. */
  private static List<StatuteArticle> owners(
      List<Citation> citations, int quoteStart, CharSequence text) {
    List<StatuteArticle> owners = new ArrayList<>();
    for (Citation c : citations) {
      if (!c.resolved() || c.end() > quoteStart || quoteStart - c.end() > OWNER_WINDOW) {
        continue;
      }
      String between = text.subSequence(c.end(), quoteStart).toString();
      if (between.indexOf('。') >= 0 || between.indexOf('\n') >= 0) {
        continue;
      }
      owners.add(c.article().orElseThrow());
    }
    return owners;
  }

  private static String unresolvedProblem(Citation c) {
    String reason =
        switch (c.unresolved().orElseThrow()) {
          case UNKNOWN_LAW -> "法规库中没有这部法规";
          case AMBIGUOUS_LAW -> "法规名称不明确，可能指多部法规";
          case NO_SUCH_ARTICLE -> "该法规现行版本没有这一条";
          case NO_LAW_NAMED -> "没有写明是哪部法规";
        };
    return String.format(Locale.ROOT, "引用“%s”无法核实：%s", c.text(), reason);
  }

  /** Whether every piece of a quote (split at ellipses) occurs in the text, ignoring whitespace. */
  static boolean contains(String text, String quote) {
    String haystack = normalise(text);
    boolean any = false;
    for (String piece : ELLIPSIS.split(quote)) {
      String needle = normalise(piece);
      if (needle.isEmpty()) {
        continue;
      }
      any = true;
      if (!haystack.contains(needle)) {
        return false;
      }
    }
    return any;
  }

  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && cp != '　')
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
