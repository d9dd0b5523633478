package org.zhuiguang.indexer.analysis;

import java.io.Reader;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese analysis for statute text. Full-width Latin letters and digits are folded to half width
 * before tokenizing (so offsets still point into the original text), Latin is lower-cased, and Han
 * characters become single characters, overlapping bigrams, or both, depending on the {@link
 * Scheme}. Punctuation such as 《》 and the ideographic space is dropped by the tokenizer.
 */
public final class StatuteAnalyzer extends Analyzer {

  /** How Han text is split into terms. */
  public enum Scheme {
    /** Overlapping bigrams plus single characters: the measured default. */
    BIGRAM_UNIGRAM,
    /** Overlapping bigrams only (a lone Han character stays a unigram). */
    BIGRAM,
    /** Single characters only. */
    UNIGRAM;

    /** The name recorded in the index manifest, e.g. {@code cjk-bigram-unigram}. */
    public String label() {
      return "cjk-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The analyzer every index is built with unless a measurement says otherwise. */
  public static final Scheme DEFAULT_SCHEME = Scheme.BIGRAM_UNIGRAM;

  private final Scheme scheme;

  public StatuteAnalyzer() {
    this(DEFAULT_SCHEME);
  }

  public StatuteAnalyzer(Scheme scheme) {
    this.scheme = scheme;
  }

  public Scheme scheme() {
    return scheme;
  }

  /** The manifest name of this analyzer. */
  public String label() {
    return scheme.label();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result =
        switch (scheme) {
          case BIGRAM_UNIGRAM -> new CJKBigramFilter(result, CJKBigramFilter.HAN, true);
          case BIGRAM -> new CJKBigramFilter(result, CJKBigramFilter.HAN, false);
          case UNIGRAM -> result;
        };
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
