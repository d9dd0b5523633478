package org.zhuiguang.eval.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import org.zhuiguang.eval.gold.ResolverCitationLookup;

/**
 * The smoke regression of {@code eval/regressions/smoke.yaml} on the real corpus and index code:
 * fails when any figure moves beyond its tolerance. Skipped when ../shared is missing.
 */
class SmokeRegressionTest {

  @Test
  void smokeRegressionHoldsItsReferenceNumbers() throws IOException {
    Path shared = Path.of(System.getProperty("zg.shared.dir", "../../shared"));
    assumeTrue(
        Files.isDirectory(shared.resolve("corpus/lawrefbook")), "no shared corpus beside the repo");
    RegressionSpec spec = RegressionSpec.read(Path.of("regressions/smoke.yaml"));
    RegressionRunner runner =
        new RegressionRunner(
            dir -> {
              try {
                return LawRefBookCollection.read(dir).corpus();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            ResolverCitationLookup::new,
            new LuceneSearchBackend(2));
    StringWriter log = new StringWriter();
    RegressionRunner.Outcome outcome =
        runner.run(spec, shared, Optional.empty(), new PrintWriter(log));
    assertEquals(40, outcome.result().report().queries());
    assertTrue(outcome.passed(), log.toString());
  }
}
