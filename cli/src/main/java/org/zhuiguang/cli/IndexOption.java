package org.zhuiguang.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read or write the index. */
public final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "index folder (default: $ZG_INDEX, else data/index under the repository)")
  Path index;

  /** The index folder (it may not exist yet). */
  public Path index() {
    return (index != null ? index : Paths.defaultIndex()).toAbsolutePath().normalize();
  }
}
