package org.zhuiguang.eval.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/regressions.md} is generated from the regression files; this fails when it is stale.
 * Regenerate with {@code ./mvnw -pl eval test -Dtest=RegressionDocsTest -Dzg.regenerate=true}.
 */
class RegressionDocsTest {

  @Test
  void docsTableMatchesTheRegressionFiles() throws IOException {
    List<RegressionSpec> specs = RegressionTable.readAll(Path.of("regressions"));
    assertTrue(specs.stream().anyMatch(s -> s.name().equals("smoke")));
    String generated = RegressionTable.markdown(specs);
    Path docs = Path.of("../docs/regressions.md");
    if (Boolean.getBoolean("zg.regenerate")) {
      Files.writeString(docs, generated, StandardCharsets.UTF_8);
    }
    assertEquals(
        generated,
        Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "",
        "docs/regressions.md is stale: regenerate it (see this test's comment)");
  }
}
