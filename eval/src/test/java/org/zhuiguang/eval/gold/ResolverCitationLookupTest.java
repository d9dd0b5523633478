package org.zhuiguang.eval.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.eval.TinyCorpus;
import org.zhuiguang.eval.gold.CitationLookup.FoundCitation;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.input.MediationCase;
import org.zhuiguang.eval.input.StatuteRef;

/**
 * The command line resolves through the corpus's citation resolver, the Python scorers through the
 * plain title rule: on every reference of the tiny fixtures they must agree, or the harness and the
 * scorers would score different things.
 */
class ResolverCitationLookupTest {

  @Test
  void agreesWithThePlainTitleRuleOnEveryFixtureReference() throws IOException {
    Corpus corpus = TinyCorpus.load();
    CitationLookup resolver = new ResolverCitationLookup(corpus);
    CitationLookup plain = new CatalogCitationLookup(corpus);
    List<StatuteRef> refs = new ArrayList<>();
    EvalQuery.read(TinyCorpus.dir().resolve("queries.jsonl")).forEach(q -> refs.addAll(q.gold()));
    for (MediationCase c : MediationCase.read(TinyCorpus.dir().resolve("cases.jsonl"))) {
      refs.addAll(c.goldArticles());
      refs.addAll(c.acceptableArticles());
    }
    for (String file : List.of("answers.jsonl", "plans.jsonl")) {
      EvalJson.readLines(TinyCorpus.dir().resolve(file))
          .forEach(
              row -> {
                row.path("citations").forEach(c -> refs.add(StatuteRef.fromJson(c)));
                row.path("articles").forEach(a -> refs.add(StatuteRef.fromJson(a)));
              });
    }
    assertTrue(refs.size() > 15, "fixtures read");
    for (StatuteRef ref : refs) {
      assertEquals(plain.canonical(ref), resolver.canonical(ref), ref.toString());
      assertEquals(
          plain.article(ref).map(StatuteArticle::docId),
          resolver.article(ref).map(StatuteArticle::docId),
          ref.toString());
    }
  }

  @Test
  void findsCitationsInText() throws IOException {
    CitationLookup resolver = new ResolverCitationLookup(TinyCorpus.load());
    List<FoundCitation> found = resolver.find("根据《民法典》第二百八十八条和《中华人民共和国刑法》第一百三十三条之一，以及民法典第九千条。");
    assertEquals(3, found.size());
    assertEquals(Optional.of(new StatuteRef("中华人民共和国民法典", 288, 0)), found.get(0).ref());
    assertTrue(found.get(0).article().isPresent());
    assertEquals(Optional.of(new StatuteRef("中华人民共和国刑法", 133, 1)), found.get(1).ref());
    assertTrue(found.get(2).article().isEmpty());
    assertEquals(9000, found.get(2).ref().orElseThrow().article());
  }
}
