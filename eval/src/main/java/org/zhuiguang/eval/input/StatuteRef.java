package org.zhuiguang.eval.input;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A statute reference as the evaluation files write it: {@code {"law", "article", "suffix"?}}. The
 * law may be a short form (民法典) and the article need not exist; resolving it is the job of a {@link
 * org.zhuiguang.eval.gold.CitationLookup}.
 *
 * @param law the law's name as written (full title or short form); empty when missing
 * @param article the article number; 0 when missing
 * @param suffix the 之N suffix of an inserted article; 0 for none
 */
public record StatuteRef(String law, int article, int suffix) {

  public StatuteRef {
    law = law == null ? "" : law.strip();
  }

  /** Reads {@code {"law", "article", "suffix"?}}; missing or null fields read as empty or 0. */
  public static StatuteRef fromJson(JsonNode node) {
    return new StatuteRef(text(node, "law"), number(node, "article"), number(node, "suffix"));
  }

  /** The run-file id of the article this reference names: {@code law|article|suffix}. */
  public String key() {
    return law + "|" + article + "|" + suffix;
  }

  /** The same reference under another law name (the corpus title it resolves to). */
  public StatuteRef withLaw(String title) {
    return new StatuteRef(title, article, suffix);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static int number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (value.isNumber()) {
      return value.intValue();
    }
    String s = value.asText().strip();
    try {
      return s.isEmpty() ? 0 : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an article number: " + s, e);
    }
  }
}
