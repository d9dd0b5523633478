package org.zhuiguang.assistant.answer;

/**
 * The language model behind LLM mode. Implementations send the prompt's data blocks to the model
 * and return its reply; any failure (refused, slow, error status, malformed reply) is an {@link
 * LlmException}.
 */
public interface LlmPort {

  /** The model's name, recorded in each generated answer's metadata. */
  String model();

  /** The model's reply to one prompt. */
  String complete(LlmPrompt prompt);
}
