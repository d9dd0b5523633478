package org.zhuiguang.indexer.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.TextEncoder;

/**
 * How a searcher searches.
 *
 * @param analyzer the analyzer (must be the index's; a mismatch is reported)
 * @param encoder the query encoder; empty for BM25 only
 * @param defaultRegions the regions whose local rules are searched besides the national ones when a
 *     request names none; {@link #ALL_REGIONS} alone means no region filter
 * @param depth how many candidates each ranking contributes to hybrid fusion
 * @param rrfK the constant of reciprocal rank fusion
 * @param hitCache how many hits (by document) an open generation keeps after reading them from its
 *     stored fields, so a popular article is decompressed once; 0 for none
 */
public record SearcherConfig(
    StatuteAnalyzer analyzer,
    Optional<TextEncoder> encoder,
    Set<String> defaultRegions,
    int depth,
    int rrfK,
    int hitCache) {

  /** The region list value that searches every region. */
  public static final String ALL_REGIONS = "*";

  /** National rules plus Guangdong's (Shenzhen's rules sit in the Guangdong folder). */
  public static final Set<String> DEFAULT_REGIONS = Set.of("广东");

  /** The environment variable naming the default regions, comma separated. */
  public static final String REGIONS_ENV = "ZG_REGIONS";

  /**
   * The default number of hits kept per open generation (measured: about 14 MiB of heap when full).
   */
  public static final int DEFAULT_HIT_CACHE = 20_000;

  public SearcherConfig {
    defaultRegions = Set.copyOf(defaultRegions);
    if (hitCache < 0) {
      throw new IllegalArgumentException("hitCache must be >= 0: " + hitCache);
    }
  }

  public static SearcherConfig of(Optional<TextEncoder> encoder) {
    return new SearcherConfig(
        new StatuteAnalyzer(), encoder, regionsFromEnvironment(), 100, 20, DEFAULT_HIT_CACHE);
  }

  /**
   * The product's defaults: the measured analyzer, bge-small-zh-v1.5 loaded on first dense query,
   * regions from {@code $ZG_REGIONS}.
   */
  public static SearcherConfig defaults() {
    return of(Optional.of(org.zhuiguang.indexer.embed.LazyEncoder.bge()));
  }

  public SearcherConfig withRegions(Set<String> regions) {
    return new SearcherConfig(analyzer, encoder, regions, depth, rrfK, hitCache);
  }

  public SearcherConfig withHitCache(int hits) {
    return new SearcherConfig(analyzer, encoder, defaultRegions, depth, rrfK, hits);
  }

  /** {@code $ZG_REGIONS} (comma separated), else {@link #DEFAULT_REGIONS}. */
  public static Set<String> regionsFromEnvironment() {
    String env = System.getenv(REGIONS_ENV);
    return env == null || env.isBlank() ? DEFAULT_REGIONS : parseRegions(env);
  }

  /** Reads a comma-separated region list; blanks are dropped. */
  public static Set<String> parseRegions(String list) {
    Set<String> regions = new LinkedHashSet<>();
    Arrays.stream(list.split("[,，]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(regions::add);
    return regions;
  }
}
