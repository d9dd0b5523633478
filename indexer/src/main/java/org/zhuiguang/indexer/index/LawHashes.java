package org.zhuiguang.indexer.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;

/**
 * A content hash per law (title, level, region, every version's date and articles), and the corpus
 * hash over them. Stored beside each generation as {@code laws.tsv} so an update finds the laws
 * that changed.
 */
public final class LawHashes {

  private final Map<String, String> byTitle;

  private LawHashes(Map<String, String> byTitle) {
    this.byTitle = Collections.unmodifiableMap(new TreeMap<>(byTitle));
  }

  public static LawHashes of(Iterable<Law> laws) {
    Map<String, String> map = new TreeMap<>();
    for (Law law : laws) {
      map.put(law.title(), hash(law));
    }
    return new LawHashes(map);
  }

  public static LawHashes of(Map<String, String> byTitle) {
    return new LawHashes(byTitle);
  }

  /** The content hash of one law. */
  public static String hash(Law law) {
    MessageDigest digest = sha256();
    update(digest, law.title());
    update(digest, law.level().name());
    update(digest, law.region().orElse(""));
    for (LawVersion version : law.versions()) {
      update(digest, version.versionDate().toString());
      for (Article article : version.articles()) {
        update(digest, article.number().toKey());
        update(digest, String.join("/", article.chapterPath()));
        update(digest, article.text());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public Map<String, String> byTitle() {
    return byTitle;
  }

  public Optional<String> hash(String title) {
    return Optional.ofNullable(byTitle.get(title));
  }

  public int size() {
    return byTitle.size();
  }

  /** SHA-256 of the {@code laws.tsv} text. */
  public String corpusHash() {
    return HexFormat.of().formatHex(sha256().digest(text().getBytes(StandardCharsets.UTF_8)));
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    byTitle.forEach((title, hash) -> text.append(title).append('\t').append(hash).append('\n'));
    return text.toString();
  }

  /** Writes {@code laws.tsv} and forces it to disk. */
  public void write(Path file) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(StandardCharsets.UTF_8.encode(text()));
      ch.force(true);
    }
  }

  public static LawHashes read(Path file) throws IOException {
    Map<String, String> map = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("bad line in " + file + ": " + line);
      }
      map.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return new LawHashes(map);
  }

  private static void update(MessageDigest digest, String value) {
    digest.update(value.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
