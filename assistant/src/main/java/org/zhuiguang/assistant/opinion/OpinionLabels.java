package org.zhuiguang.assistant.opinion;

/**
 * The explicit label every opinion draft starts with (AI-generated content labelling measures, GB
 * 45438-2025), and the machine-readable values of its metadata.
 */
public final class OpinionLabels {

  /** The visible label: first line of every draft body, kept through approval and export. */
  public static final String AI_LABEL = "【人工智能生成内容】本法律意见书草稿由人工智能辅助生成，须经法律顾问审核批准后方可使用。";

  /** The machine-readable label value. */
  public static final String AI_GENERATED_KEY = "ai-generated";

  /** The producer of offline (grounded) drafts. */
  public static final String PRODUCER = "zhuiguang-assistant/opinion";

  private OpinionLabels() {}
}
