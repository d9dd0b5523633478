package org.zhuiguang.indexer.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.search.SearchHit;

/**
 * The one mapping between the corpus record ({@link ArticleRecord}) and the Lucene document, both
 * ways: what is indexed, what is stored, and how a stored document becomes a {@link SearchHit}.
 */
public final class ArticleDocumentGenerator {

  private ArticleDocumentGenerator() {}

  /** The analyzed text BM25 searches: the law title prepended to the article text. */
  public static String contents(ArticleRecord record) {
    return record.law().title() + "\n" + record.article().text();
  }

  /** The text an embedding is computed from: the law title, then the article text. */
  public static String embeddingText(ArticleRecord record) {
    return record.law().title() + "：" + record.article().text();
  }

  /** A short stable hash of a text to embed, the key of the embedding cache. */
  public static String textHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** The Lucene document of a record, with its embedding when one is given. */
  public static Document document(ArticleRecord record, Optional<float[]> vector) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, record.id(), Field.Store.YES));
    doc.add(new StringField(IndexFields.VERSION_ID, record.versionId(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.VERSION_ID, new BytesRef(record.versionId())));
    doc.add(new StringField(IndexFields.LAW, record.law().title(), Field.Store.YES));
    doc.add(new StringField(IndexFields.LEVEL, record.law().level().name(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.LEVEL, new BytesRef(record.law().level().name())));
    doc.add(
        new StringField(
            IndexFields.REGION,
            record.law().region().orElse(IndexFields.NATIONAL),
            Field.Store.YES));
    doc.add(new StoredField(IndexFields.VERSION, record.version().versionDate().toString()));
    doc.add(new IntPoint(IndexFields.VALID_FROM, epochDay(record.validFrom())));
    doc.add(
        new IntPoint(
            IndexFields.VALID_TO,
            record.validTo().map(ArticleDocumentGenerator::epochDay).orElse(IndexFields.OPEN_END)));
    ArticleNumber number = record.article().number();
    doc.add(new StoredField(IndexFields.ARTICLE, number.number()));
    doc.add(new StoredField(IndexFields.SUFFIX, number.suffix()));
    List<String> chapters = record.article().chapterPath();
    for (String heading : chapters) {
      doc.add(new StoredField(IndexFields.CHAPTER, heading));
    }
    if (!chapters.isEmpty()) {
      doc.add(
          new SortedDocValuesField(
              IndexFields.HEADING, new BytesRef(chapters.get(chapters.size() - 1))));
    }
    doc.add(new StoredField(IndexFields.TEXT, record.article().text()));
    doc.add(new TextField(IndexFields.CONTENTS, contents(record), Field.Store.NO));
    doc.add(new StoredField(IndexFields.EMBED_HASH, textHash(embeddingText(record))));
    vector.ifPresent(
        v ->
            doc.add(
                new KnnFloatVectorField(
                    IndexFields.VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT)));
    return doc;
  }

  /** The hit a stored document stands for. */
  public static SearchHit hit(Document stored, double score) {
    ArticleNumber number =
        ArticleNumber.of(
            stored.getField(IndexFields.ARTICLE).numericValue().intValue(),
            stored.getField(IndexFields.SUFFIX).numericValue().intValue());
    StatuteArticle article =
        new StatuteArticle(
            stored.get(IndexFields.LAW),
            number,
            LocalDate.parse(stored.get(IndexFields.VERSION)),
            stored.get(IndexFields.TEXT));
    String region = stored.get(IndexFields.REGION);
    List<String> chapters = new ArrayList<>(List.of(stored.getValues(IndexFields.CHAPTER)));
    return new SearchHit(
        article,
        LawLevel.valueOf(stored.get(IndexFields.LEVEL)),
        IndexFields.NATIONAL.equals(region) ? Optional.empty() : Optional.of(region),
        chapters,
        score);
  }

  /** The doc id ({@code law|article|suffix}) of a version id ({@code law|article|suffix|date}). */
  public static String docId(String versionId) {
    return versionId.substring(0, separator(versionId, 1));
  }

  /** The law's title of a version id, read from the right (a title may hold a bar). */
  public static String law(String versionId) {
    return versionId.substring(0, separator(versionId, 3));
  }

  /** The index of the n-th bar counted from the right. */
  private static int separator(String versionId, int n) {
    int at = versionId.length();
    for (int i = 0; i < n; i++) {
      at = versionId.lastIndexOf('|', at - 1);
      if (at < 0) {
        throw new IllegalArgumentException("not law|article|suffix|date: " + versionId);
      }
    }
    return at;
  }

  /** A day as the int the validity points hold. */
  public static int epochDay(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }
}
