package org.zhuiguang.assistant.library;

import java.util.Locale;

/**
 * A re-index job as the service reports it.
 *
 * @param id the job's id
 * @param action what it does: {@code rescan}, {@code upload}, {@code build}
 * @param state queued, running, done or failed
 * @param progress 0..1
 * @param message what it is doing, or why it failed
 */
public record IndexJob(String id, String action, State state, double progress, String message) {

  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean finished() {
    return state == State.DONE || state == State.FAILED;
  }

  IndexJob with(State newState, double newProgress, String newMessage) {
    return new IndexJob(id, action, newState, newProgress, newMessage);
  }
}
