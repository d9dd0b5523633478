package org.zhuiguang.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The invented fixture corpus of the command-line tests, copied where a test may change it. */
final class FixtureCorpus {

  private FixtureCorpus() {}

  /** Copies {@code src/test/resources/fixture-corpus} into {@code target} and returns it. */
  static Path copyTo(Path target) {
    try {
      Path source = Path.of(FixtureCorpus.class.getResource("/fixture-corpus").toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path p : files.toList()) {
          Path copy = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(p, copy);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
