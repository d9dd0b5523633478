package org.zhuiguang.eval.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.ChineseNumerals;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;
import org.zhuiguang.eval.input.StatuteRef;

/**
 * A plain lookup over a catalog, with exactly the name rule of the independent scorers
 * (tools/score_answers.py): the full title, else the title without 中华人民共和国 and 《》. It finds only
 * 《law》第X条 citations in text; the corpus's citation resolver does better and is what the command
 * line uses.
 */
public final class CatalogCitationLookup implements CitationLookup {

  private static final String PREFIX = "中华人民共和国";
  private static final Pattern CITATION =
      Pattern.compile("《([^》]{1,80})》\\s*第([零〇一二三四五六七八九十百千两]+)条(?:之([一二三四五六七八九十]+))?");

  private final StatuteCatalog catalog;
  private final Map<String, String> byShortName = new TreeMap<>();

  public CatalogCitationLookup(StatuteCatalog catalog) {
    this.catalog = catalog;
    for (String title : new TreeSet<>(catalog.titles())) {
      byShortName.putIfAbsent(title.replace(PREFIX, ""), title);
    }
  }

  /** The corpus title for a law name, full or short. */
  public Optional<String> title(String law) {
    if (law == null || law.isBlank()) {
      return Optional.empty();
    }
    if (catalog.titles().contains(law)) {
      return Optional.of(law);
    }
    String stripped = law.replace(PREFIX, "").replace("《", "").replace("》", "").strip();
    return Optional.ofNullable(byShortName.get(stripped));
  }

  @Override
  public StatuteRef canonical(StatuteRef ref) {
    return title(ref.law()).map(ref::withLaw).orElse(ref);
  }

  @Override
  public Optional<StatuteArticle> article(StatuteRef ref) {
    if (ref.article() <= 0 || ref.suffix() < 0) {
      return Optional.empty();
    }
    return title(ref.law())
        .flatMap(t -> catalog.article(t, ArticleNumber.of(ref.article(), ref.suffix())));
  }

  @Override
  public List<FoundCitation> find(String text) {
    List<FoundCitation> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      int number = ChineseNumerals.parse(m.group(2)).orElse(0);
      int suffix = m.group(3) == null ? 0 : ChineseNumerals.parse(m.group(3)).orElse(0);
      StatuteRef ref = canonical(new StatuteRef(m.group(1), number, suffix));
      found.add(new FoundCitation(m.group(), Optional.of(ref), article(ref)));
    }
    return found;
  }
}
