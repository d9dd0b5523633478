package org.zhuiguang.corpus.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.collection.LawRefBookCollection;

/**
 * The acceptance criterion: every gold reference of the STARD dev queries resolves to exactly one
 * article of the real corpus, by the structured API and as a citation in text. Skipped when the
 * shared data is absent.
 */
class GoldReferencesTest {

  private static final Pattern GOLD = Pattern.compile("\"gold\"\\s*:\\s*\\[([^\\]]*)\\]");
  private static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern LAW = Pattern.compile("\"law\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern ARTICLE = Pattern.compile("\"article\"\\s*:\\s*(\\d+)");
  private static final Pattern SUFFIX = Pattern.compile("\"suffix\"\\s*:\\s*(\\d+)");

  private record Gold(String query, String law, ArticleNumber number) {}

  private static List<Gold> gold;
  private static CitationResolver resolver;

  @BeforeAll
  static void readSharedData() throws IOException {
    String shared = System.getProperty("zg.shared.dir");
    assumeTrue(shared != null, "zg.shared.dir is not set");
    Path queries = Path.of(shared, "eval", "stard-dev.jsonl");
    Path corpusRoot = Path.of(shared, "corpus", "lawrefbook");
    assumeTrue(Files.isRegularFile(queries), () -> "no " + queries);
    assumeTrue(Files.isDirectory(corpusRoot), () -> "no " + corpusRoot);
    gold = readGold(queries);
    Corpus corpus = LawRefBookCollection.read(corpusRoot).corpus();
    resolver = new CitationResolver(corpus);
  }

  static List<Gold> readGold(Path queries) throws IOException {
    List<Gold> out = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      Matcher array = GOLD.matcher(line);
      assertTrue(array.find(), "no gold array on line " + lineNumber);
      Matcher object = OBJECT.matcher(array.group(1));
      int objects = 0;
      while (object.find()) {
        objects++;
        String fields = object.group(1);
        Matcher law = LAW.matcher(fields);
        Matcher article = ARTICLE.matcher(fields);
        assertTrue(law.find() && article.find(), "unreadable gold on line " + lineNumber);
        Matcher suffix = SUFFIX.matcher(fields);
        int suffixValue = suffix.find() ? Integer.parseInt(suffix.group(1)) : 0;
        out.add(
            new Gold(
                "line " + lineNumber,
                law.group(1),
                ArticleNumber.of(Integer.parseInt(article.group(1)), suffixValue)));
      }
      int laws = array.group(1).split("\"law\"", -1).length - 1;
      assertEquals(laws, objects, "gold references read on line " + lineNumber);
    }
    return out;
  }

  @Test
  void everyGoldReferenceResolvesToExactlyOneArticle() {
    assertTrue(gold.size() > 1000, "too few gold references read: " + gold.size());
    List<String> failures = new ArrayList<>();
    for (Gold reference : gold) {
      Citation citation = resolver.resolve(reference.law(), reference.number());
      boolean exact =
          citation.resolved()
              && citation.law().equals(Optional.of(reference.law()))
              && citation.article().orElseThrow().number().equals(reference.number());
      if (!exact) {
        failures.add(
            reference + " -> " + citation.unresolved().orElse(null) + " " + citation.law());
      }
    }
    assertEquals(List.of(), failures, () -> failures.size() + " of " + gold.size() + " unresolved");
  }

  @Test
  void everyGoldReferenceWrittenAsACitationIsFoundAndResolved() {
    List<String> failures = new ArrayList<>();
    for (Gold reference : gold) {
      for (String text :
          List.of(
              "依据《" + reference.law() + "》" + reference.number().toChinese() + "的规定",
              "依据" + reference.law() + reference.number().toChinese() + "的规定")) {
        List<Citation> found = resolver.find(text);
        boolean exact =
            found.size() == 1
                && found.get(0).resolved()
                && found.get(0).law().equals(Optional.of(reference.law()))
                && found.get(0).number().equals(Optional.of(reference.number()));
        if (!exact) {
          failures.add(text + " -> " + found);
        }
      }
    }
    assertEquals(List.of(), failures, () -> failures.size() + " citations not resolved");
  }

  @Test
  void shortFormsOfGoldLawsResolveToTheSameTitle() {
    List<String> failures = new ArrayList<>();
    for (Gold reference : gold) {
      String law = reference.law();
      if (law.startsWith("中华人民共和国")) {
        String shortForm = law.substring("中华人民共和国".length());
        Optional<String> resolved = resolver.resolveLawName(shortForm);
        if (!resolved.equals(Optional.of(law))) {
          failures.add(shortForm + " -> " + resolved);
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
