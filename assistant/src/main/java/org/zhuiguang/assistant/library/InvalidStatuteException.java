package org.zhuiguang.assistant.library;

/** An uploaded file is not a statute the corpus parser can read; the message says why. */
public final class InvalidStatuteException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidStatuteException(String message) {
    super(message);
  }
}
