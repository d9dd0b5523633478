package org.zhuiguang.eval.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;
import org.zhuiguang.corpus.cite.Citation;
import org.zhuiguang.corpus.cite.CitationResolver;
import org.zhuiguang.eval.input.StatuteRef;

/**
 * The lookup the harness uses: the corpus's {@link CitationResolver}, which accepts the titles,
 * short forms and abbreviations the product accepts, and finds citations in free text.
 */
public final class ResolverCitationLookup implements CitationLookup {

  private final CitationResolver resolver;

  public ResolverCitationLookup(StatuteCatalog catalog) {
    this.resolver = new CitationResolver(catalog);
  }

  @Override
  public StatuteRef canonical(StatuteRef ref) {
    return resolver.resolveLawName(ref.law()).map(ref::withLaw).orElse(ref);
  }

  @Override
  public Optional<StatuteArticle> article(StatuteRef ref) {
    if (ref.article() <= 0 || ref.suffix() < 0 || ref.law().isEmpty()) {
      return Optional.empty();
    }
    return resolver.resolve(ref.law(), ArticleNumber.of(ref.article(), ref.suffix())).article();
  }

  @Override
  public List<FoundCitation> find(String text) {
    List<FoundCitation> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    for (Citation c : resolver.find(text)) {
      Optional<String> law = c.law().or(c::lawAsWritten);
      Optional<StatuteRef> ref =
          c.number().isPresent() && law.isPresent()
              ? Optional.of(
                  new StatuteRef(law.get(), c.number().get().number(), c.number().get().suffix()))
              : Optional.empty();
      found.add(new FoundCitation(c.text(), ref, c.article()));
    }
    return found;
  }
}
