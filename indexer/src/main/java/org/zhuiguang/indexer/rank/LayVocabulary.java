package org.zhuiguang.indexer.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday words and the terms statutes use for them (房东 -> 出租人, 工资 -> 劳动报酬), written from legal
 * knowledge in {@code lay-terms.tsv}. {@link #expand} appends the legal terms of the everyday words
 * a question contains, so BM25 can match the statute's wording.
 */
public final class LayVocabulary {

  /** No entries: questions stay as they are. */
  public static final LayVocabulary NONE = new LayVocabulary(List.of());

  private static final String RESOURCE = "lay-terms.tsv";

  private final List<Map.Entry<String, List<String>>> entries;

  public LayVocabulary(List<Map.Entry<String, List<String>>> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The vocabulary shipped with the indexer. */
  public static LayVocabulary standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads lines {@code word<TAB>term term ...}; blank lines and lines starting with # are skipped.
   */
  public static LayVocabulary parse(List<String> lines) {
    List<Map.Entry<String, List<String>>> entries = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException("not 'word<TAB>terms': " + line);
      }
      List<String> terms = List.of(parts[1].strip().split("\\s+"));
      entries.add(Map.entry(parts[0].strip(), terms));
    }
    return new LayVocabulary(entries);
  }

  /** The question followed by the legal terms of its everyday words that it does not contain. */
  public String expand(String question) {
    Set<String> added = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> entry : entries) {
      if (question.contains(entry.getKey())) {
        for (String term : entry.getValue()) {
          if (!question.contains(term)) {
            added.add(term);
          }
        }
      }
    }
    return added.isEmpty() ? question : question + " " + String.join(" ", added);
  }

  public int size() {
    return entries.size();
  }

  private static final class Holder {
    static final LayVocabulary STANDARD = load();

    private static LayVocabulary load() {
      try (InputStream in = LayVocabulary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return parse(reader.lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
