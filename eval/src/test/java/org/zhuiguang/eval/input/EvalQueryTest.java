package org.zhuiguang.eval.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQueryTest {

  @Test
  void readsQueriesFilesAsPythonWritesThemNaNIncluded(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("q.jsonl");
    Files.writeString(
        file,
        """
        {"id": "q-1", "question": "房东不退押金怎么办？", "gold": [{"law": "民法典", "article": 577}], "reference_answer": "可以起诉。"}
        {"id": "q-2", "question": "加班费怎么算？", "gold": [{"law": "劳动法", "article": 44}], "reference_answer": NaN}
        """,
        StandardCharsets.UTF_8);
    List<EvalQuery> queries = EvalQuery.read(file);
    assertEquals(2, queries.size());
    assertEquals("可以起诉。", queries.get(0).referenceAnswer().orElseThrow());
    assertTrue(queries.get(1).referenceAnswer().isEmpty(), "NaN is no reference answer");
    assertEquals(44, queries.get(1).gold().get(0).article());
  }
}
