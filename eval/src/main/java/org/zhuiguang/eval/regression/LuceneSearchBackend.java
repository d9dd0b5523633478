package org.zhuiguang.eval.regression;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.BgeEncoder;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.index.BuildResult;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.IndexManifest;
import org.zhuiguang.indexer.index.ProgressListener;
import org.zhuiguang.indexer.rank.CitationPrior;
import org.zhuiguang.indexer.rank.RerankingSearcher;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearcherConfig;

/**
 * The product's own index: builds it with {@link IndexBuilder} (vectors only when the regression
 * needs them) and searches it with {@link LuceneStatuteSearcher} under the product's default search
 * settings (hybrid search re-ranked by {@link RerankingSearcher}).
 */
public final class LuceneSearchBackend implements SearchBackend {

  private final int threads;

  public LuceneSearchBackend(int threads) {
    this.threads = Math.max(1, threads);
  }

  @Override
  public Indexed index(Corpus corpus, Path indexDir, boolean withVectors) throws IOException {
    Optional<TextEncoder> encoder =
        withVectors ? Optional.of(BgeEncoder.withDefaults()) : Optional.empty();
    BuildResult built =
        new IndexBuilder(indexDir, new StatuteAnalyzer(), encoder, ProgressListener.NONE, threads)
            .build(corpus, withVectors);
    IndexManifest manifest = built.manifest();
    Map<String, Long> statistics = new LinkedHashMap<>();
    statistics.put("laws", (long) manifest.laws());
    statistics.put("documents", manifest.documents());
    statistics.put("articles", manifest.articlesInForce());
    LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(
            indexDir, SearcherConfig.of(encoder).withRegions(SearcherConfig.DEFAULT_REGIONS));
    return new Indexed(
        RerankingSearcher.over(searcher, CitationPrior.of(corpus)),
        statistics,
        () -> {
          searcher.close();
          encoder.ifPresent(TextEncoder::close);
        });
  }
}
