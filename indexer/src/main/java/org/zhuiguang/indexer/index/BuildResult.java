package org.zhuiguang.indexer.index;

import java.time.Duration;
import java.util.Optional;

/**
 * What a build or update did.
 *
 * @param manifest the manifest of the generation served afterwards
 * @param counters what was indexed, embedded and skipped
 * @param elapsed wall time
 * @param changed whether a new generation was switched to
 * @param bm25Ready wall time until the BM25-only generation was served, when there was one
 */
public record BuildResult(
    IndexManifest manifest,
    IndexCounters counters,
    Duration elapsed,
    boolean changed,
    Optional<Duration> bm25Ready) {}
