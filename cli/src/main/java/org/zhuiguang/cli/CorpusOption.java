package org.zhuiguang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
