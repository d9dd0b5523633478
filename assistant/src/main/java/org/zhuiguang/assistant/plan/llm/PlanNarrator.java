package org.zhuiguang.assistant.plan.llm;

/**
 * The language model that writes a plan's narrative parts in LLM mode. Implementations send the
 * prompt's data blocks to the model and return its reply; any failure (refused, slow, error status)
 * is an {@link org.zhuiguang.assistant.answer.LlmException}.
 */
public interface PlanNarrator {

  /** The model's name, recorded in the plan. */
  String model();

  /** The model's reply (expected: one JSON object) to one prompt. */
  String write(PlanPrompt prompt);
}
