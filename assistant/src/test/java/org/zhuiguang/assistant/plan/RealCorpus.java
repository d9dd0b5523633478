package org.zhuiguang.assistant.plan;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.zhuiguang.corpus.StatuteCatalog;

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
      // Reflection keeps this test compiling while the collection reader is still being written.
      Class<?> collection = Class.forName("org.zhuiguang.corpus.collection.LawRefBookCollection");
      Method read = collection.getMethod("read", Path.class);
      Object result = read.invoke(null, root);
      Object corpus = result.getClass().getMethod("corpus").invoke(result);
      return Optional.of((StatuteCatalog) corpus);
    } catch (ReflectiveOperationException | LinkageError e) {
      return Optional.empty();
    }
  }
}
