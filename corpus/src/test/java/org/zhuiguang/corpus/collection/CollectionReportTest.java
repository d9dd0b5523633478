package org.zhuiguang.corpus.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.LawLevel;

class CollectionReportTest {

  private static CollectionReport report(int seen, int parsed, Map<SkipReason, Integer> skipped) {
    return new CollectionReport(
        seen,
        parsed,
        skipped,
        Map.of(),
        0,
        1,
        1,
        1,
        1,
        Map.of(LawLevel.LAW, 1),
        Map.of(LawLevel.LAW, 1),
        Duration.ofMillis(5));
  }

  @Test
  void countsThatDoNotAddUpFail() {
    assertThrows(IllegalStateException.class, () -> report(5, 3, Map.of(SkipReason.INDEX_PAGE, 1)));
  }

  @Test
  void partlyParsedFilesAreParsedNotSkipped() {
    CollectionReport report =
        report(5, 3, Map.of(SkipReason.INDEX_PAGE, 2, SkipReason.PARTLY_PARSED, 1));
    assertEquals(2, report.filesSkipped());
    assertEquals(1, report.filesPartlyParsed());
    assertThrows(
        IllegalStateException.class,
        () -> report(5, 2, Map.of(SkipReason.INDEX_PAGE, 2, SkipReason.PARTLY_PARSED, 1)));
  }

  @Test
  void keysAreStableSnakeCase() {
    Set<String> keys =
        Stream.of(SkipReason.values()).map(SkipReason::key).collect(Collectors.toSet());
    assertEquals(SkipReason.values().length, keys.size());
    for (String key : keys) {
      assertEquals(true, key.matches("[a-z]+(_[a-z]+)*"), key);
    }
    assertEquals("amendment_document", SkipReason.AMENDMENT_DOCUMENT.key());
    assertEquals("partly_parsed", SkipReason.PARTLY_PARSED.key());
  }
}
