package org.zhuiguang.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhuiguang.indexer.embed.EmbeddingCache;
import org.zhuiguang.indexer.embed.TextEncoder;

/** Embeds every record whose text the cache lacks, in chunks, saving each chunk as it goes. */
final class EmbeddingFiller {

  private static final int CHUNK = 256;

  private EmbeddingFiller() {}

  /** The texts to embed, keyed by hash, that the cache lacks. */
  static Map<String, String> missing(List<List<ArticleRecord>> laws, EmbeddingCache cache) {
    Map<String, String> missing = new LinkedHashMap<>();
    for (List<ArticleRecord> law : laws) {
      for (ArticleRecord record : law) {
        String text = ArticleDocumentGenerator.embeddingText(record);
        String key = ArticleDocumentGenerator.textHash(text);
        if (!cache.contains(key)) {
          missing.putIfAbsent(key, text);
        }
      }
    }
    return missing;
  }

  /** Embeds the missing texts into the cache; returns how many it embedded. */
  static long fill(
      List<List<ArticleRecord>> laws,
      EmbeddingCache cache,
      TextEncoder encoder,
      IndexCounters counters,
      ProgressListener progress)
      throws IOException {
    long total = laws.stream().mapToLong(List::size).sum();
    Map<String, String> missing = missing(laws, cache);
    List<String> keys = new ArrayList<>(missing.keySet());
    keys.sort(java.util.Comparator.comparingInt(k -> missing.get(k).length()));
    progress.start("embedding", keys.size());
    for (int start = 0; start < keys.size(); start += CHUNK) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IOException("embedding was interrupted");
      }
      List<String> chunkKeys = keys.subList(start, Math.min(keys.size(), start + CHUNK));
      List<String> texts = chunkKeys.stream().map(missing::get).toList();
      cache.putAll(chunkKeys, encoder.encodePassages(texts));
      progress.advance(chunkKeys.size());
    }
    progress.finish();
    counters.embedded(keys.size(), total - keys.size());
    return keys.size();
  }
}
