package org.zhuiguang.corpus.cite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;
import org.zhuiguang.corpus.cite.ArticleRefParser.Chain;
import org.zhuiguang.corpus.cite.ArticleRefParser.Link;
import org.zhuiguang.corpus.cite.ArticleRefParser.Ref;
import org.zhuiguang.corpus.cite.LawNameIndex.Entry;
import org.zhuiguang.corpus.cite.LawNameIndex.Match;
import org.zhuiguang.corpus.cite.LawNameIndex.Tier;

/**
 * Finds statute citations in free text and resolves each to an article of a {@link StatuteCatalog},
 * or says why it cannot; never guesses.
 *
 * <p>The law of a citation is what stands right before its first 第X条:
 *
 * <ul>
 *   <li>a title in 《》 (nested marks allowed: the outer title is the law), looked up as a whole;
 *   <li>else the longest known name ending there (full title, title without 中华人民共和国, or an
 *       abbreviation), so 山东省国有土地上房屋征收与补偿条例第五条 is the Shandong rule and 国有土地上房屋征收与补偿条例第五条 the
 *       national one; a known name right after a place (XX省, XX市) is a local rule the catalog does
 *       not hold and stays unknown;
 *   <li>else 该法, 同法, 本法, 该条例 ...: the last law named before it, of the same kind;
 *   <li>else nothing: the citation is unresolved.
 * </ul>
 *
 * A civil-code book between name and number (民法典婚姻家庭编第一千零七十九条) is skipped.
 */
public final class CitationResolver {

  /** Ranges spanning more articles than this are resolved by their two ends only. */
  static final int MAX_RANGE = 1000;

  private static final int MAX_SUFFIX = 50;
  private static final String[] LAW_SUFFIXES = {
    "法", "条例", "规定", "解释", "办法", "细则", "决定", "规则", "法典", "法律"
  };
  private static final String[] ANAPHORA = {"法律", "法", "条例", "规定", "解释", "办法", "细则", "决定", "规则"};
  private static final String[] DETERMINERS = {"上述", "前述", "该", "同", "本", "此"};

  /** Characters that make 同法, 本法 ... part of a word (合同法, 基本法), not a reference back. */
  private static final String NOT_BEFORE_DETERMINER = "合共协相基根资成范样版文应因彼如就从原";

  /** Last characters of a place name: a known name right after one is a local rule's tail. */
  private static final String PLACE_ENDINGS = "省市区县州";

  private static final String[] CIVIL_CODE_BOOKS = {
    "总则编", "物权编", "合同编", "人格权编", "婚姻家庭编", "继承编", "侵权责任编"
  };

  private final StatuteCatalog catalog;
  private final LawNameIndex names;

  /**
   * Indexes the catalog's titles once (a few tens of milliseconds for the full corpus); build a new
   * resolver when the catalog's set of titles changes. Articles are looked up live.
   */
  public CitationResolver(StatuteCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.names = new LawNameIndex(catalog.titles(), LawAliases.table());
  }

  /**
   * Every citation in the text, in document order; a list or range yields one citation per article
   * (a range: every article between its ends that the law has, inserted ones included).
   */
  public List<Citation> find(String text) {
    Objects.requireNonNull(text, "text");
    Scan scan = new Scan(text);
    List<Citation> out = new ArrayList<>();
    int consumed = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '第' || scan.insideTitle(i)) {
        continue;
      }
      Optional<Chain> chain = ArticleRefParser.parseChain(text, i);
      if (chain.isEmpty()) {
        continue;
      }
      LawContext law = locateLaw(scan, i, consumed);
      scan.named(law, i);
      emit(text, chain.get(), law, out);
      consumed = chain.get().end();
      i = consumed - 1;
    }
    return List.copyOf(out);
  }

  /**
   * A structured reference, as the eval gold writes it: the law by its title or any accepted short
   * form, and the article number. A name that fits several titles is {@link
   * UnresolvedReason#AMBIGUOUS_LAW}, never one of them picked.
   */
  public Citation resolve(String lawName, ArticleNumber number) {
    Objects.requireNonNull(number, "number");
    String name = lawName == null ? "" : lawName.strip();
    String text = name + number.toChinese();
    LawContext law =
        name.isEmpty()
            ? LawContext.failed(0, Optional.empty(), UnresolvedReason.NO_LAW_NAMED)
            : LawContext.of(0, name, names.lookup(name));
    Ref ref = new Ref(0, text.length(), number, OptionalInt.empty(), OptionalInt.empty());
    return citation(text, 0, text.length(), ref, law);
  }

  /**
   * The full title a name, abbreviation or short form stands for; empty if unknown or ambiguous.
   */
  public Optional<String> resolveLawName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return names
        .lookup(name)
        .filter(entry -> entry.titles().size() == 1)
        .map(entry -> entry.titles().get(0));
  }

  private void emit(String text, Chain chain, LawContext law, List<Citation> out) {
    List<Link> links = chain.links();
    for (int k = 0; k < links.size(); k++) {
      Ref ref = links.get(k).ref();
      int start = k == 0 ? Math.min(law.nameStart(), ref.start()) : ref.start();
      boolean range =
          k + 1 < links.size()
              && links.get(k + 1).rangeFromPrevious()
              && ref.number().compareTo(links.get(k + 1).ref().number()) < 0;
      if (!range) {
        out.add(citation(text.substring(start, ref.end()), start, ref.end(), ref, law));
        continue;
      }
      Ref last = links.get(k + 1).ref();
      String span = text.substring(start, last.end());
      expandRange(span, start, last.end(), ref, last, law, out);
      k++;
    }
  }

  private void expandRange(
      String span, int start, int end, Ref first, Ref last, LawContext law, List<Citation> out) {
    ArticleNumber from = first.number();
    ArticleNumber to = last.number();
    if (law.title().isEmpty() || to.number() - from.number() > MAX_RANGE) {
      out.add(citation(span, start, end, first, law));
      out.add(citation(span, start, end, last, law));
      return;
    }
    String title = law.title().get();
    for (int n = from.number(); n <= to.number(); n++) {
      for (int suffix = n == from.number() ? from.suffix() : 0; suffix <= MAX_SUFFIX; suffix++) {
        ArticleNumber number = ArticleNumber.of(n, suffix);
        if (number.compareTo(to) > 0) {
          break;
        }
        boolean isFirst = number.equals(from);
        boolean isLast = number.equals(to);
        Optional<StatuteArticle> article = catalog.article(title, number);
        if (article.isPresent() || isFirst || isLast) {
          Ref ref =
              isFirst
                  ? first
                  : isLast
                      ? last
                      : new Ref(start, end, number, OptionalInt.empty(), OptionalInt.empty());
          out.add(citation(span, start, end, ref, law));
        }
        if (article.isEmpty() && suffix > 0) {
          break;
        }
      }
    }
  }

  private Citation citation(String text, int start, int end, Ref ref, LawContext law) {
    Optional<StatuteArticle> article = Optional.empty();
    Optional<UnresolvedReason> reason = law.failure();
    if (law.title().isPresent()) {
      article = catalog.article(law.title().get(), ref.number());
      reason =
          article.isPresent() ? Optional.empty() : Optional.of(UnresolvedReason.NO_SUCH_ARTICLE);
    }
    return new Citation(
        text,
        start,
        end,
        law.title(),
        Optional.of(ref.number()),
        ref.paragraph(),
        ref.item(),
        article,
        reason,
        law.asWritten());
  }

  /** The law the citation whose first 第 is at {@code at} names; nothing before {@code limit}. */
  private LawContext locateLaw(Scan scan, int at, int limit) {
    return locateLawBefore(scan, spacesBack(scan.text, at, limit), limit, 3);
  }

  /**
   * The law named right before {@code end}, else, when nothing is named there, the law named before
   * what may stand between a name and its number: 中 or 的 (《民法典》中第X条), a note in brackets
   * (《工伤保险条例》（2010修订）第X条), a civil-code book (民法典合同编第X条).
   */
  private LawContext locateLawBefore(Scan scan, int end, int limit, int depth) {
    LawContext found = locateLawEndingAt(scan, end, limit);
    if (found.failure().orElse(null) != UnresolvedReason.NO_LAW_NAMED || depth == 0) {
      return found;
    }
    String text = scan.text;
    List<Integer> alternatives = new ArrayList<>();
    if (end > limit && (text.charAt(end - 1) == '中' || text.charAt(end - 1) == '的')) {
      alternatives.add(end - 1);
    }
    if (end > limit && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
      for (int open = end - 2; open >= limit && open >= end - 40; open--) {
        if (text.charAt(open) == '（' || text.charAt(open) == '(') {
          alternatives.add(open);
          break;
        }
      }
    }
    int bookStart = civilCodeBookStart(text, end, limit);
    if (bookStart >= 0) {
      alternatives.add(bookStart);
    }
    for (int alternative : alternatives) {
      LawContext other =
          locateLawBefore(scan, spacesBack(text, alternative, limit), limit, depth - 1);
      if (other.failure().orElse(null) != UnresolvedReason.NO_LAW_NAMED) {
        return other;
      }
    }
    return found;
  }

  private static int spacesBack(String text, int end, int limit) {
    int at = end;
    while (at > limit && ArticleRefParser.isSpace(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private LawContext locateLawEndingAt(Scan scan, int end, int limit) {
    String text = scan.text;
    if (end <= limit) {
      return LawContext.failed(end, Optional.empty(), UnresolvedReason.NO_LAW_NAMED);
    }
    char last = text.charAt(end - 1);
    if (last == '》' || last == '〉') {
      Integer open = scan.openOf.get(end - 1);
      if (open != null && open >= limit) {
        return bracketedLaw(text, open, end, limit).asMention(end);
      }
    }
    Optional<Match> match = names.longestEndingAt(text, end, limit);
    if (match.isPresent()) {
      int start = match.get().start();
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      boolean localRule = PLACE_ENDINGS.indexOf(before) >= 0;
      boolean otherIssuer = match.get().entry().tier() == Tier.ISSUER_DROPPED && before == '院';
      if (localRule || otherIssuer) {
        return LawContext.failed(start, Optional.empty(), UnresolvedReason.UNKNOWN_LAW)
            .asMention(end, text.substring(start, end));
      }
      String name = text.substring(start, end);
      return LawContext.of(start, name, Optional.of(match.get().entry())).asMention(end);
    }
    Optional<LawContext> anaphor = anaphor(scan, end, limit);
    if (anaphor.isPresent()) {
      return anaphor.get();
    }
    int nameEnd = withoutTrailingNumber(text, end, limit);
    for (String suffix : LAW_SUFFIXES) {
      if (text.startsWith(suffix, nameEnd - suffix.length())
          && nameEnd - suffix.length() >= limit) {
        return LawContext.failed(end, Optional.empty(), UnresolvedReason.UNKNOWN_LAW)
            .asMention(end, suffix);
      }
    }
    return LawContext.failed(end, Optional.empty(), UnresolvedReason.NO_LAW_NAMED);
  }

  /** Where a name ending at {@code end} ends without a trailing （一） or （试行）. */
  private static int withoutTrailingNumber(String text, int end, int limit) {
    if (end - 1 > limit && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
      for (int at = end - 2; at >= limit && at >= end - 8; at--) {
        char c = text.charAt(at);
        if (c == '（' || c == '(') {
          return at;
        }
      }
    }
    return end;
  }

  /**
   * The law of 《title》 from {@code open} to {@code end}. An issuer written before the marks
   * (最高人民法院《关于...的规定》) is part of the name: it must fit the title found.
   */
  private LawContext bracketedLaw(String text, int open, int end, int limit) {
    String name = text.substring(open + 1, end - 1);
    Optional<Entry> entry = names.lookup(name);
    int before = spacesBack(text, open, limit);
    for (String issuer : LawNameIndex.ISSUERS) {
      int issuerStart = before - issuer.length();
      if (issuerStart >= limit && text.startsWith(issuer, issuerStart)) {
        Optional<Entry> withIssuer = names.lookup(issuer + name);
        if (withIssuer.isPresent()) {
          return LawContext.of(issuerStart, text.substring(issuerStart, end), withIssuer);
        }
        if (entry.isPresent() && entry.get().tier() == Tier.ISSUER_DROPPED) {
          entry = Optional.empty();
        }
        break;
      }
    }
    return LawContext.of(open, name, entry);
  }

  /** 该法, 同法, 本法, 上述条例 ... ending at {@code end}: the last law of that kind named before. */
  private Optional<LawContext> anaphor(Scan scan, int end, int limit) {
    String text = scan.text;
    for (String noun : ANAPHORA) {
      int nounStart = end - noun.length();
      if (nounStart <= limit || !text.startsWith(noun, nounStart)) {
        continue;
      }
      for (String determiner : DETERMINERS) {
        int start = nounStart - determiner.length();
        if (start < limit || !text.startsWith(determiner, start)) {
          continue;
        }
        if (start > 0 && NOT_BEFORE_DETERMINER.indexOf(text.charAt(start - 1)) >= 0) {
          return Optional.empty();
        }
        String written = text.substring(start, end);
        String kind = noun.equals("法律") ? null : noun;
        return Optional.of(
            scan.lastMention(start, kind)
                .map(
                    m ->
                        new LawContext(start, Optional.of(written), m.title(), m.failure(), -1, ""))
                .orElse(
                    LawContext.failed(start, Optional.of(written), UnresolvedReason.NO_LAW_NAMED)));
      }
    }
    return Optional.empty();
  }

  /** Where 婚姻家庭编, 第五编 ... ends right at {@code end} starts, or -1. */
  private static int civilCodeBookStart(String text, int end, int limit) {
    for (String book : CIVIL_CODE_BOOKS) {
      int start = end - book.length();
      if (start > limit && text.startsWith(book, start)) {
        return start;
      }
    }
    if (end - 1 > limit && text.charAt(end - 1) == '编') {
      int at = end - 1;
      while (at > limit && isChineseNumeral(text.charAt(at - 1))) {
        at--;
      }
      if (at < end - 1 && at > limit && text.charAt(at - 1) == '第') {
        return at - 1;
      }
    }
    return -1;
  }

  private static boolean isChineseNumeral(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** The kind of a law by its name's last word (法, 条例, 解释 ...), for 该法 and the like. */
  static String kindOf(String name) {
    String bare = LawNameIndex.fold(name);
    while (bare.endsWith("）") && bare.lastIndexOf('（') > 0) {
      bare = bare.substring(0, bare.lastIndexOf('（'));
    }
    if (bare.endsWith("法典")) {
      return "法";
    }
    for (String suffix : ANAPHORA) {
      if (bare.endsWith(suffix)) {
        return suffix;
      }
    }
    return "";
  }

  /**
   * What a citation's law turned out to be.
   *
   * @param nameStart where the law's name starts in the text (the 第 when none is named)
   * @param asWritten the name as written, if it could be delimited
   * @param title the resolved title
   * @param failure why there is no title
   * @param mentionEnd where the name ends when it names a law (for 该法 later), else -1
   * @param kind the name's kind for 该法 and the like (法, 条例 ...)
   */
  private record LawContext(
      int nameStart,
      Optional<String> asWritten,
      Optional<String> title,
      Optional<UnresolvedReason> failure,
      int mentionEnd,
      String kind) {

    static LawContext failed(int nameStart, Optional<String> asWritten, UnresolvedReason reason) {
      return new LawContext(nameStart, asWritten, Optional.empty(), Optional.of(reason), -1, "");
    }

    static LawContext of(int nameStart, String name, Optional<Entry> entry) {
      String written = name.strip();
      if (entry.isEmpty()) {
        return failed(nameStart, Optional.of(written), UnresolvedReason.UNKNOWN_LAW);
      }
      List<String> titles = entry.get().titles();
      if (titles.size() > 1) {
        return failed(nameStart, Optional.of(written), UnresolvedReason.AMBIGUOUS_LAW);
      }
      return new LawContext(
          nameStart, Optional.of(written), Optional.of(titles.get(0)), Optional.empty(), -1, "");
    }

    LawContext asMention(int end) {
      return asMention(end, title.orElse(asWritten.orElse("")));
    }

    LawContext asMention(int end, String name) {
      return new LawContext(nameStart, asWritten, title, failure, end, kindOf(name));
    }
  }

  /** The text being scanned: its 《》 pairs and the laws named so far, for 该法 and the like. */
  private final class Scan {
    final String text;
    final Map<Integer, Integer> openOf = new HashMap<>();
    private final List<int[]> topLevelTitles = new ArrayList<>();
    private final List<LawContext> named = new ArrayList<>();
    private final List<int[]> nameSpans = new ArrayList<>();

    Scan(String text) {
      this.text = text;
      Deque<Integer> opens = new ArrayDeque<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '《' || c == '〈') {
          opens.push(i);
        } else if ((c == '》' || c == '〉') && !opens.isEmpty()) {
          int open = opens.pop();
          openOf.put(i, open);
          if (opens.isEmpty()) {
            topLevelTitles.add(new int[] {open, i});
          }
        }
      }
    }

    /** Whether a position lies inside a matched top-level 《》 pair (pairs are disjoint, sorted). */
    boolean insideTitle(int pos) {
      int low = 0;
      int high = topLevelTitles.size() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int[] pair = topLevelTitles.get(mid);
        if (pos <= pair[0]) {
          high = mid - 1;
        } else if (pos >= pair[1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    }

    void named(LawContext law, int articleStart) {
      nameSpans.add(new int[] {law.nameStart(), articleStart});
      if (law.mentionEnd() >= 0) {
        named.add(law);
      }
    }

    /**
     * The last law named before {@code pos} whose kind fits ({@code null}: any): by a citation or
     * by a 《title》 of its own; titles inside a citation's name do not count.
     */
    Optional<LawContext> lastMention(int pos, String kind) {
      LawContext best = null;
      for (LawContext law : named) {
        if (law.mentionEnd() <= pos && fits(law, kind)) {
          best = law;
        }
      }
      for (int[] pair : topLevelTitles) {
        if (pair[1] >= pos) {
          break;
        }
        if ((best != null && pair[1] < best.mentionEnd()) || withinName(pair)) {
          continue;
        }
        String name = text.substring(pair[0] + 1, pair[1]);
        LawContext law = LawContext.of(pair[0], name, names.lookup(name)).asMention(pair[1] + 1);
        if (fits(law, kind)) {
          best = law;
        }
      }
      return Optional.ofNullable(best);
    }

    private boolean withinName(int[] pair) {
      for (int[] span : nameSpans) {
        if (span[0] <= pair[0] && pair[1] < span[1]) {
          return true;
        }
      }
      return false;
    }

    private boolean fits(LawContext law, String kind) {
      return kind == null || kind.equals(law.kind());
    }
  }
}
