package org.zhuiguang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.collection.CollectionResult;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read the statute corpus. */
public final class CorpusOption {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "statute corpus folder (default: $ZG_CORPUS, else ../shared/corpus/lawrefbook)")
  Path corpus;

  /** The corpus folder, checked to exist. */
  public Path corpus() {
    Path dir =
        corpus != null
            ? corpus
            : Paths.defaultCorpus()
                .orElseThrow(
                    () ->
                        new UsageException("no corpus folder: pass --corpus DIR or set ZG_CORPUS"));
    if (!Files.isDirectory(dir)) {
      throw new UsageException("the corpus folder does not exist: " + dir);
    }
    return dir.toAbsolutePath().normalize();
  }

  /**
   * The corpus folder for commands that can do without one: the given folder (which must exist),
   * else the default folder when it exists.
   */
  public Optional<Path> corpusIfAny() {
    if (corpus != null) {
      return Optional.of(corpus());
    }
    return Paths.defaultCorpus()
        .filter(Files::isDirectory)
        .map(dir -> dir.toAbsolutePath().normalize());
  }

  /** Parses the corpus in a folder, failing with one sentence when it cannot be read. */
  static CollectionResult read(Path dir) {
    try {
      return LawRefBookCollection.read(dir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the corpus: " + e.getMessage(), e);
    }
  }

  /** The statutes of a corpus folder. */
  static Corpus readCorpus(Path dir) {
    return read(dir).corpus();
  }
}
