package org.zhuiguang.corpus.cite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every name a law can be cited by (its title, the title without 中华人民共和国, without 《》, an
 * abbreviation ...) in a trie over the reversed, folded names. The reversed trie finds the longest
 * known name ending at a position of a text in one backward walk, which is how an unbracketed
 * citation (山东省国有土地上房屋征收与补偿条例第五条) finds its law.
 *
 * <p>Folding drops whitespace and title marks (《》〈〉) and writes parentheses full-width, so that
 * 《最高人民法院关于适用〈中华人民共和国民法典〉有关担保制度的解释》 and the same title with 《》 inside are one name. A name may
 * stand for several titles; only the titles of its best {@link Tier} are kept.
 */
final class LawNameIndex {

  /** How a name was derived from a title; a lower tier wins over a higher one for the same name. */
  enum Tier {
    /** The title itself. */
    TITLE,
    /** The title without 中华人民共和国, without （试行）, or with the issuers written differently. */
    SHORT_FORM,
    /** A judicial interpretation's title without its issuer (最高人民法院). */
    ISSUER_DROPPED,
    /** An abbreviation from {@link LawAliases}. */
    ALIAS
  }

  /** The titles a name stands for, at the tier it was derived. */
  record Entry(List<String> titles, Tier tier) {}

  /** A known name found in a text: where it starts and what it stands for. */
  record Match(int start, Entry entry) {}

  static final String PRC = "中华人民共和国";
  private static final char SKIP = '\0';
  static final List<String> ISSUERS =
      List.of("最高人民法院、最高人民检察院", "最高人民法院最高人民检察院", "最高人民法院", "最高人民检察院");
  private static final List<String> PROVISIONAL = List.of("（试行）", "（暂行）");

  private final Node root = new Node();

  LawNameIndex(Collection<String> titles, Map<String, String> aliases) {
    for (String title : titles) {
      for (Map.Entry<String, Tier> variant : variants(title).entrySet()) {
        insert(variant.getKey(), title, variant.getValue());
      }
    }
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      if (titles.contains(alias.getValue())) {
        insert(fold(alias.getKey()), alias.getValue(), Tier.ALIAS);
      }
    }
    root.freeze();
  }

  /**
   * What a whole name stands for; empty when it is no known name. A name with its issuer
   * (最高人民法院关于...) also finds a title written without one, and a trailing version note (（2020修正）,
   * （已失效）) is ignored.
   */
  Optional<Entry> lookup(String name) {
    String key = fold(name);
    Optional<Entry> found = withoutIssuer(key);
    if (found.isEmpty()) {
      int open = key.lastIndexOf('（');
      if (open > 0 && key.endsWith("）") && isVersionNote(key.substring(open))) {
        found = withoutIssuer(key.substring(0, open));
      }
    }
    return found;
  }

  private Optional<Entry> withoutIssuer(String key) {
    Optional<Entry> found = exact(key);
    if (found.isEmpty()) {
      for (String issuer : ISSUERS) {
        if (key.startsWith(issuer) && key.length() > issuer.length()) {
          // only a title written without any issuer: 关于X of one issuer is not 关于X of another
          return exact(key.substring(issuer.length()))
              .filter(entry -> entry.tier().compareTo(Tier.SHORT_FORM) <= 0);
        }
      }
    }
    return found;
  }

  private static boolean isVersionNote(String note) {
    for (int i = 0; i < note.length(); i++) {
      if (Character.isDigit(note.charAt(i))) {
        return true;
      }
    }
    for (String word : List.of("修正", "修订", "施行", "失效", "废止", "公布")) {
      if (note.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Entry> exact(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Node node = root;
    for (int i = key.length() - 1; i >= 0 && node != null; i--) {
      node = node.child(key.charAt(i));
    }
    return node == null ? Optional.empty() : Optional.ofNullable(node.entry);
  }

  /**
   * The longest known name that ends right before {@code end} in a text and starts at or after
   * {@code limit}; title marks and whitespace inside the text are skipped as folding does.
   */
  Optional<Match> longestEndingAt(CharSequence text, int end, int limit) {
    Node node = root;
    Match best = null;
    for (int i = end - 1; i >= limit; i--) {
      char c = fold(text.charAt(i));
      if (c == SKIP) {
        continue;
      }
      node = node.child(c);
      if (node == null) {
        break;
      }
      if (node.entry != null) {
        best = new Match(i, node.entry);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The name with whitespace and title marks dropped and parentheses written full-width. */
  static String fold(CharSequence name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = fold(name.charAt(i));
      if (c != SKIP) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case '《', '》', '〈', '〉', '<', '>', '“', '”', '"', '\u3000', '\u00A0' -> SKIP;
      case '(' -> '（';
      case ')' -> '）';
      default -> Character.isWhitespace(c) ? SKIP : c;
    };
  }

  /** The folded names a title is cited by, each with the best tier it is derived at. */
  static Map<String, Tier> variants(String title) {
    Map<String, Tier> out = new LinkedHashMap<>();
    Deque<String> work = new ArrayDeque<>();
    String folded = fold(title);
    out.put(folded, Tier.TITLE);
    work.add(folded);
    while (!work.isEmpty()) {
      String name = work.poll();
      Tier tier = out.get(name);
      List<Map.Entry<String, Tier>> derived = new ArrayList<>();
      if (name.startsWith(PRC)) {
        derived.add(Map.entry(name.substring(PRC.length()), Tier.SHORT_FORM));
      }
      if (name.contains(PRC)) {
        derived.add(Map.entry(name.replace(PRC, ""), Tier.SHORT_FORM));
      }
      if (name.startsWith(ISSUERS.get(0))) {
        derived.add(
            Map.entry(ISSUERS.get(1) + name.substring(ISSUERS.get(0).length()), Tier.SHORT_FORM));
      } else if (name.startsWith(ISSUERS.get(1))) {
        derived.add(
            Map.entry(ISSUERS.get(0) + name.substring(ISSUERS.get(1).length()), Tier.SHORT_FORM));
      }
      for (String provisional : PROVISIONAL) {
        if (name.endsWith(provisional)) {
          derived.add(
              Map.entry(name.substring(0, name.length() - provisional.length()), Tier.SHORT_FORM));
        }
      }
      for (String issuer : ISSUERS) {
        if (name.startsWith(issuer + "关于")) {
          derived.add(Map.entry(name.substring(issuer.length()), Tier.ISSUER_DROPPED));
          break;
        }
      }
      for (Map.Entry<String, Tier> candidate : derived) {
        String key = candidate.getKey();
        if (key.length() < 2) {
          continue;
        }
        Tier derivedTier = worse(tier, candidate.getValue());
        Tier known = out.get(key);
        if (known == null || derivedTier.compareTo(known) < 0) {
          out.put(key, derivedTier);
          work.add(key);
        }
      }
    }
    return out;
  }

  private static Tier worse(Tier a, Tier b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private void insert(String key, String title, Tier tier) {
    if (key.isEmpty()) {
      return;
    }
    Node node = root;
    for (int i = key.length() - 1; i >= 0; i--) {
      node = node.childOrNew(key.charAt(i));
    }
    node.add(title, tier);
  }

  /** A trie node with its children in sorted arrays: small, and fast enough for ~20 children. */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private Entry entry;
    private TreeSet<String> pending;
    private Tier pendingTier;

    Node child(char c) {
      int at = Arrays.binarySearch(keys, c);
      return at >= 0 ? children[at] : null;
    }

    Node childOrNew(char c) {
      int at = Arrays.binarySearch(keys, c);
      if (at >= 0) {
        return children[at];
      }
      int insertAt = -at - 1;
      char[] newKeys = new char[keys.length + 1];
      Node[] newChildren = new Node[keys.length + 1];
      System.arraycopy(keys, 0, newKeys, 0, insertAt);
      System.arraycopy(children, 0, newChildren, 0, insertAt);
      newKeys[insertAt] = c;
      Node created = new Node();
      newChildren[insertAt] = created;
      System.arraycopy(keys, insertAt, newKeys, insertAt + 1, keys.length - insertAt);
      System.arraycopy(children, insertAt, newChildren, insertAt + 1, keys.length - insertAt);
      keys = newKeys;
      children = newChildren;
      return created;
    }

    void add(String title, Tier tier) {
      if (pending == null || tier.compareTo(pendingTier) < 0) {
        pending = new TreeSet<>();
        pendingTier = tier;
      }
      if (tier == pendingTier) {
        pending.add(title);
      }
    }

    /** Turns the collected titles into immutable entries, iteratively (names can be long). */
    void freeze() {
      Deque<Node> stack = new ArrayDeque<>();
      stack.push(this);
      while (!stack.isEmpty()) {
        Node node = stack.pop();
        if (node.pending != null) {
          node.entry = new Entry(List.copyOf(node.pending), node.pendingTier);
          node.pending = null;
          node.pendingTier = null;
        }
        for (Node child : node.children) {
          stack.push(child);
        }
      }
    }
  }
}
