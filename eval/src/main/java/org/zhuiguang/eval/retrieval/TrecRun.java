package org.zhuiguang.eval.retrieval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A run in TREC format: {@code qid Q0 docid rank score tag}, doc ids {@code law|article|suffix},
 * ranks from 1. Reading follows tools/trec_eval.py: the rank is the third field from the end, the
 * doc id everything between Q0 and the rank (so it may hold spaces), and each query's lines are
 * ordered by (rank, doc id).
 */
public final class TrecRun {

  /** One ranked document. */
  public record Entry(String docId, int rank, double score) {}

  private final Map<String, List<Entry>> byQuery;
  private final String tag;

  private TrecRun(Map<String, List<Entry>> byQuery, String tag) {
    this.byQuery = byQuery;
    this.tag = tag;
  }

  /** Builds a run from ranked lists, best first; ranks are numbered from 1. */
  public static TrecRun of(Map<String, List<ScoredDoc>> ranked, String tag) {
    Map<String, List<Entry>> byQuery = new LinkedHashMap<>();
    ranked.forEach(
        (qid, docs) -> {
          List<Entry> entries = new ArrayList<>(docs.size());
          for (int i = 0; i < docs.size(); i++) {
            entries.add(new Entry(docs.get(i).docId(), i + 1, docs.get(i).score()));
          }
          byQuery.put(qid, List.copyOf(entries));
        });
    return new TrecRun(byQuery, tag);
  }

  /** A document id and its score. */
  public record ScoredDoc(String docId, double score) {}

  public static TrecRun read(Path file) throws IOException {
    Map<String, List<Entry>> byQuery = new LinkedHashMap<>();
    String tag = "";
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] p = line.strip().split("\\s+");
      if (p.length < 6) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "%s line %d is not 'qid Q0 docid rank score tag'", file, lineNumber));
      }
      int rank;
      double score;
      try {
        rank = Integer.parseInt(p[p.length - 3]);
        score = Double.parseDouble(p[p.length - 2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s line %d: bad rank or score", file, lineNumber), e);
      }
      String docId = String.join(" ", Arrays.asList(p).subList(2, p.length - 3));
      tag = p[p.length - 1];
      byQuery.computeIfAbsent(p[0], q -> new ArrayList<>()).add(new Entry(docId, rank, score));
    }
    Comparator<Entry> order = Comparator.comparingInt(Entry::rank).thenComparing(Entry::docId);
    byQuery.replaceAll((q, entries) -> entries.stream().sorted(order).toList());
    return new TrecRun(byQuery, tag);
  }

  public void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Entry>> q : byQuery.entrySet()) {
        for (Entry e : q.getValue()) {
          w.write(
              String.format(
                  Locale.ROOT,
                  "%s Q0 %s %d %.6f %s%n",
                  q.getKey(),
                  e.docId(),
                  e.rank(),
                  e.score(),
                  tag));
        }
      }
    }
  }

  /** The doc ids ranked for a query, best first; empty when the run has no line for it. */
  public List<String> ranked(String queryId) {
    return Optional.ofNullable(byQuery.get(queryId))
        .map(entries -> entries.stream().map(Entry::docId).toList())
        .orElse(List.of());
  }

  public List<Entry> entries(String queryId) {
    return byQuery.getOrDefault(queryId, List.of());
  }

  public java.util.Set<String> queryIds() {
    return byQuery.keySet();
  }

  public String tag() {
    return tag;
  }
}
