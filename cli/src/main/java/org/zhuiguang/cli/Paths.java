package org.zhuiguang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Default locations: {@code --corpus} is {@code $ZG_CORPUS}, else {@code
 * ../shared/corpus/lawrefbook} beside the repository when it exists; {@code --index} is {@code
 * $ZG_INDEX}, else {@code data/index} under the repository root. The launcher passes the root as
 * {@code -Dzg.home}.
 */
final class Paths {

  private Paths() {}

  static Path home() {
    String home = System.getProperty("zg.home");
    return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
  }

  static Optional<Path> defaultCorpus() {
    String env = System.getenv("ZG_CORPUS");
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env));
    }
    Path beside = home().resolve("../shared/corpus/lawrefbook").normalize();
    return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
  }

  static Path defaultIndex() {
    String env = System.getenv("ZG_INDEX");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return home().resolve("data/index");
  }
}
