package org.zhuiguang.assistant.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The recent questions of each conversation, in memory and bounded: at most {@link #MAX_TURNS}
 * questions per conversation and {@link #MAX_CONVERSATIONS} conversations (least recently used go).
 */
@ApplicationScoped
public class ConversationStore {

  static final int MAX_TURNS = 5;
  static final int MAX_CONVERSATIONS = 1000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Map<String, List<String>> conversations =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
          return size() > MAX_CONVERSATIONS;
        }
      };

  /** Whether an id is acceptable as a conversation id. */
  public static boolean validId(String id) {
    return ID.matcher(id).matches();
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** The earlier questions of a conversation, oldest first. */
  public synchronized List<String> history(String id) {
    return List.copyOf(conversations.getOrDefault(id, List.of()));
  }

  public synchronized void add(String id, String question) {
    List<String> turns = conversations.computeIfAbsent(id, k -> new ArrayList<>());
    turns.add(question);
    while (turns.size() > MAX_TURNS) {
      turns.remove(0);
    }
  }
}
