package org.zhuiguang.assistant.service;

/** No index can be searched yet (it is being built, or the build failed); the API answers 503. */
public final class IndexNotReadyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IndexNotReadyException(String message) {
    super(message);
  }
}
