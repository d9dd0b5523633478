package org.zhuiguang.assistant.rest;

/** A request the API refuses with 400 and a reason. */
public final class BadRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }
}
