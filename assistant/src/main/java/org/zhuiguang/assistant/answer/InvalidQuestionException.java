package org.zhuiguang.assistant.answer;

/** The question cannot be answered as asked: empty, too long, or holding forbidden characters. */
public final class InvalidQuestionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidQuestionException(String message) {
    super(message);
  }
}
