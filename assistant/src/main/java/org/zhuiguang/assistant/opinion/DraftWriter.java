package org.zhuiguang.assistant.opinion;

/**
 * The language model that writes a draft's prose (analysis, conclusion and advice, risks) in LLM
 * mode. Implementations send the prompt's data blocks to the model and return its raw reply; any
 * failure (refused, slow, an error status, a malformed response) is a runtime exception, and the
 * draft then falls back to the offline text.
 */
public interface DraftWriter {

  /** The model's name, recorded in the draft's metadata. */
  String model();

  /** The model's raw reply to one prompt. */
  String write(DraftPrompt prompt);
}
