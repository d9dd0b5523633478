package org.zhuiguang.assistant.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.zhuiguang.corpus.StatuteCatalog;
import org.zhuiguang.corpus.collection.LawRefBookCollection;

/**
 * The shared statute corpus, when this machine has it ({@code -Dzg.shared.dir=...}, else {@code
 * ../../shared} from the module), read with the corpus module's collection reader.
 */
final class RealCorpus {

  private static Optional<StatuteCatalog> cached;

  private RealCorpus() {}

  static synchronized Optional<StatuteCatalog> load() {
    if (cached == null) {
      cached = read();
    }
    return cached;
  }

  private static Optional<StatuteCatalog> read() {
    String shared = System.getProperty("zg.shared.dir", "../../shared");
    Path root = Path.of(shared, "corpus", "lawrefbook");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LawRefBookCollection.read(root).corpus());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shared corpus at " + root, e);
    }
  }
}
