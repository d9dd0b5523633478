package org.zhuiguang.assistant.answer;

/** The LLM could not give a reply: unreachable, too slow, an error status, or a malformed reply. */
public final class LlmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LlmException(String message, Throwable cause) {
    super(message, cause);
  }

  public LlmException(String message) {
    super(message);
  }
}
