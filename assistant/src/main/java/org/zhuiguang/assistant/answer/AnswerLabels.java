package org.zhuiguang.assistant.answer;

/**
 * The visible labels every answer starts with (AI-generated content labelling measures, GB
 * 45438-2025): a generated answer says it is AI-generated and needs review; a grounded answer says
 * it only quotes statutes.
 */
public final class AnswerLabels {

  /** The label of a generated answer. */
  public static final String AI_GENERATED = "【人工智能生成内容】本回答由人工智能生成，引用条文已与法规库核对，须经法律顾问审核后方可作为依据。";

  /** The label of a grounded answer: retrieval output, not generated. */
  public static final String RETRIEVAL = "【法规检索结果，非人工智能生成】以下内容由检索系统从法规库原文中摘录，请以所引条文原文为准。";

  /** The machine-readable label values of {@link AnswerMetadata#label()}. */
  public static final String AI_GENERATED_KEY = "ai-generated";

  public static final String RETRIEVAL_KEY = "retrieval";

  private AnswerLabels() {}
}
