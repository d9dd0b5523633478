package org.zhuiguang.assistant.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * The JSON shape of an answer, shared by {@code zg ask --json} and {@code POST /api/ask}: {@code
 * {"mode", "answer", "citations": [{"law", "article", "suffix"?, "version", "text"}], "label",
 * "metadata", "fallback"?}} as plain maps and lists, for any JSON writer.
 */
public final class AnswerJson {

  private AnswerJson() {}

  public static Map<String, Object> toMap(Answer answer) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mode", answer.mode().label());
    json.put("answer", answer.text());
    List<Map<String, Object>> citations = new ArrayList<>();
    for (StatuteArticle a : answer.citations()) {
      citations.add(citation(a));
    }
    json.put("citations", citations);
    json.put(
        "label",
        answer.mode() == AnswerMode.LLM ? AnswerLabels.AI_GENERATED : AnswerLabels.RETRIEVAL);
    AnswerMetadata m = answer.metadata();
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("label", m.label());
    metadata.put("producer", m.producer());
    metadata.put("content_id", m.contentId());
    metadata.put("model", m.model().orElse(null));
    metadata.put("created_at", m.createdAt().toString());
    metadata.put("sha256", m.sha256());
    json.put("metadata", metadata);
    answer.fallback().ifPresent(f -> json.put("fallback", f));
    return json;
  }

  /** {@code {"law", "article", "suffix"? (only when > 0), "version", "text"}}. */
  public static Map<String, Object> citation(StatuteArticle a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("law", a.law());
    row.put("article", a.number().number());
    if (a.number().suffix() > 0) {
      row.put("suffix", a.number().suffix());
    }
    row.put("version", a.version().toString());
    row.put("text", a.text());
    return row;
  }
}
