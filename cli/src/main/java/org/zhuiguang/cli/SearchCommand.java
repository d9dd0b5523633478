package org.zhuiguang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.indexer.rank.CitationPrior;
import org.zhuiguang.indexer.rank.RerankingSearcher;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.SearcherConfig;
import org.zhuiguang.indexer.search.SearcherStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zg search "问题"}: prints the ranked articles of the index for a question. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Prints ranked articles: law, article number, version, score, text.")
public final class SearchCommand implements Runnable {

  /** The most results one search may ask for. */
  static final int MAX_K = 1000;

  @Spec CommandSpec spec;
  @Mixin IndexOption indexOption;

  /** The corpus whose citation graph ranks hybrid results, as the service does; optional. */
  @Mixin CorpusOption corpusOption;

  @Parameters(index = "0", paramLabel = "问题", description = "the question, as plain text")
  String query;

  @Option(names = "--k", paramLabel = "N", description = "how many articles (default: 10)")
  int k = 10;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "bm25, dense or hybrid (default: hybrid, bm25 while vectors are missing)")
  String mode = "hybrid";

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "search the versions in force on this day (default: those in force now)")
  String date;

  @Option(
      names = "--regions",
      paramLabel = "LIST",
      description =
          "regions whose local rules to search besides national ones, comma separated; * for all"
              + " (default: $ZG_REGIONS, else 广东)")
  String regions;

  @Option(
      names = "--levels",
      paramLabel = "LIST",
      description = "keep only these levels, comma separated, e.g. 法律,行政法规 (default: all)")
  String levels;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (query == null || query.isBlank()) {
      throw new UsageException("the question is empty");
    }
    if (k <= 0 || k > MAX_K) {
      throw new UsageException("--k must be between 1 and " + MAX_K + ": " + k);
    }
    SearchMode requested;
    try {
      requested = SearchMode.fromLabel(mode);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--mode must be bm25, dense or hybrid: " + mode);
    }
    Optional<LocalDate> day;
    try {
      day = date == null ? Optional.empty() : Optional.of(LocalDate.parse(date.strip()));
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be YYYY-MM-DD: " + date);
    }
    Set<LawLevel> levelSet = new LinkedHashSet<>();
    if (levels != null) {
      for (String label : SearcherConfig.parseRegions(levels)) {
        levelSet.add(
            LawLevel.fromLabel(label)
                .orElseThrow(() -> new UsageException("unknown level: " + label)));
      }
    }
    SearcherConfig config = SearcherConfig.defaults();
    if (regions != null) {
      config = config.withRegions(SearcherConfig.parseRegions(regions));
    }
    Path indexDir = indexOption.index();
    Settings.of("search")
        .with("index", indexDir)
        .with("k", k)
        .with("mode", requested.label())
        .with("date", day.map(LocalDate::toString).orElse("in force"))
        .with("regions", String.join(",", config.defaultRegions()))
        .with("levels", levelSet.isEmpty() ? "all" : levelSet)
        .with("json", json)
        .log(err);
    try (LuceneStatuteSearcher searcher = LuceneStatuteSearcher.open(indexDir, config)) {
      SearcherStatus status = searcher.status();
      SearchMode effective = searcher.effectiveMode(requested);
      if (effective != requested) {
        err.println(
            "zg search: "
                + requested.label()
                + " is not available ("
                + status.note().orElse("no vectors")
                + "); searching with "
                + effective.label());
        err.flush();
      }
      CitationPrior citations = citationPrior(effective, err);
      List<SearchHit> hits =
          RerankingSearcher.over(searcher, citations)
              .search(new SearchRequest(query, k, requested, day, levelSet, Set.of()));
      if (json) {
        out.println(Json.write(toJson(effective, hits)));
      } else if (hits.isEmpty()) {
        out.println("no article found");
      } else {
        int rank = 1;
        for (SearchHit hit : hits) {
          out.printf(
              Locale.ROOT,
              "%2d. 《%s》%s (%s, %s) score %.4f%n    %s%n",
              rank++,
              hit.article().law(),
              hit.article().number().toChinese(),
              hit.level().label(),
              hit.article().version(),
              hit.score(),
              hit.article().text().replace("\n", "\n    "));
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the index: " + e.getMessage(), e);
    }
  }

  static Map<String, Object> toJson(SearchMode mode, List<SearchHit> hits) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (SearchHit hit : hits) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("law", hit.article().law());
      row.put("article", hit.article().number().number());
      if (hit.article().number().suffix() > 0) {
        row.put("suffix", hit.article().number().suffix());
      }
      row.put("version", hit.article().version().toString());
      row.put("level", hit.level().label());
      row.put("score", hit.score());
      row.put("text", hit.article().text());
      results.add(row);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mode", mode.label());
    json.put("results", results);
    return json;
  }

  /**
   * The citation prior of the corpus for hybrid search, so that {@code zg search} ranks as the
   * service and {@code zg eval} do; none (with a note) when no corpus folder is at hand.
   */
  private CitationPrior citationPrior(SearchMode effective, PrintWriter err) {
    if (effective != SearchMode.HYBRID) {
      return CitationPrior.NONE;
    }
    Optional<Path> dir = corpusOption.corpusIfAny();
    if (dir.isEmpty()) {
      err.println("zg search: no corpus folder, so hybrid results are ranked without citations");
      err.flush();
      return CitationPrior.NONE;
    }
    return CitationPrior.of(CorpusOption.readCorpus(dir.get()));
  }
}
