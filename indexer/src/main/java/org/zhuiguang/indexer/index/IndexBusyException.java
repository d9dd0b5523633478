package org.zhuiguang.indexer.index;

/** Another build or update holds the index's write lock (the service answers 409). */
public final class IndexBusyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IndexBusyException(String message) {
    super(message);
  }
}
