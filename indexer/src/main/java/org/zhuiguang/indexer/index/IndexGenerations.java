package org.zhuiguang.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The generations of one index folder: {@code gen-000001/}, {@code gen-000002/} ... and the {@code
 * CURRENT} pointer naming the one served. A generation is switched to only after it verifies; the
 * pointer is replaced atomically (write, fsync, atomic move, fsync the folder), so a process killed
 * at any moment leaves the previous generation serving. The generation served before the current
 * one is kept for rollback; anything else (older ones, a build that died half way) is removed by
 * {@link #cleanUp} under the write lock.
 */
public final class IndexGenerations {

  public static final String POINTER = "CURRENT";
  public static final String LAWS_FILE = "laws.tsv";
  private static final String LOCK_FILE = "write.lock";
  private static final Pattern GEN = Pattern.compile("gen-(\\d{6})");

  private final Path root;

  public IndexGenerations(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The generation the pointer names, if any. */
  public Optional<Path> current() {
    Path pointer = root.resolve(POINTER);
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
      if (!GEN.matcher(name).matches()) {
        throw new IllegalStateException("the index pointer is invalid: " + pointer);
      }
      return Optional.of(root.resolve(name));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the folder of the next generation, numbered after every folder present. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int next = generations().stream().mapToInt(IndexGenerations::number).max().orElse(0) + 1;
    Path dir = root.resolve(String.format(Locale.ROOT, "gen-%06d", next));
    Files.createDirectory(dir);
    return dir;
  }

  /** Every generation folder, oldest first. */
  public List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(p -> GEN.matcher(p.getFileName().toString()).matches())
          .filter(Files::isDirectory)
          .sorted(Comparator.comparingInt(IndexGenerations::number))
          .toList();
    }
  }

  static int number(Path generation) {
    Matcher m = GEN.matcher(generation.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a generation: " + generation);
    }
    return Integer.parseInt(m.group(1));
  }

  /**
   * Checks a committed generation: it opens, its manifest is readable and of this schema, its
   * document count and law list agree with the manifest. Returns the manifest.
   */
  public static IndexManifest verify(Path generation) throws IOException {
    try (Directory dir = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexManifest manifest = IndexManifest.fromUserData(reader.getIndexCommit().getUserData());
      if (manifest.schemaVersion() != IndexFields.SCHEMA_VERSION) {
        throw new IllegalStateException(
            "index schema "
                + manifest.schemaVersion()
                + " is not the supported "
                + IndexFields.SCHEMA_VERSION
                + "; rebuild the index");
      }
      if (!manifest.generation().equals(generation.getFileName().toString())) {
        throw new IllegalStateException("the manifest names another generation: " + generation);
      }
      if (reader.numDocs() != manifest.documents()) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "generation %s holds %d documents, its manifest says %d",
                generation.getFileName(),
                reader.numDocs(),
                manifest.documents()));
      }
      LawHashes laws = LawHashes.read(generation.resolve(LAWS_FILE));
      if (laws.size() != manifest.laws() || !laws.corpusHash().equals(manifest.corpusHash())) {
        throw new IllegalStateException("the law list does not match the manifest: " + generation);
      }
      return manifest;
    }
  }

  /** Reads the manifest of a generation's latest commit without other checks. */
  public static IndexManifest manifest(Path generation) throws IOException {
    try (Directory dir = FSDirectory.open(generation)) {
      return IndexManifest.fromUserData(SegmentInfos.readLatestCommit(dir).getUserData());
    }
  }

  /** Verifies a generation, then points {@code CURRENT} at it atomically. */
  public IndexManifest switchTo(Path generation) throws IOException {
    IndexManifest manifest = verify(generation);
    Path tmp = root.resolve(POINTER + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString() + "\n"));
      ch.force(true);
    }
    Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
    IOUtils.fsync(root, true);
    return manifest;
  }

  /**
   * Removes every generation but the current one and the newest verified one before it. Call only
   * while holding the write lock.
   */
  public void cleanUp() throws IOException {
    Optional<Path> current = current();
    if (current.isEmpty()) {
      return;
    }
    int currentNumber = number(current.get());
    Path rollback = null;
    List<Path> all = new ArrayList<>(generations());
    for (int i = all.size() - 1; i >= 0 && rollback == null; i--) {
      Path candidate = all.get(i);
      if (number(candidate) < currentNumber && isValid(candidate)) {
        rollback = candidate;
      }
    }
    for (Path gen : all) {
      if (!gen.equals(current.get()) && !gen.equals(rollback)) {
        IOUtils.rm(gen);
      }
    }
  }

  private static boolean isValid(Path generation) {
    try {
      verify(generation);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Takes the folder's write lock, or fails at once when another build or update holds it. */
  public WriteLock lock() throws IOException {
    Files.createDirectories(root);
    FileChannel channel =
        FileChannel.open(
            root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IndexBusyException("another build or update of this index is running: " + root);
    }
    return new WriteLock(channel, lock);
  }

  /** The held write lock; closing releases it. */
  public static final class WriteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    WriteLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
