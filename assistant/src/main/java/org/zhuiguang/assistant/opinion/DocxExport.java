package org.zhuiguang.assistant.opinion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * An approved opinion as a Word document: the body line by line (the AI label first, as in the
 * body), and the metadata twice: in the core properties (creator = producer, identifier = content
 * id, title, created, description = the label) and, every field by its JSON name, in the custom
 * properties ({@code zg.producer}, {@code zg.sha256}, {@code zg.reviewer} ...).
 */
public final class DocxExport {

  /** The custom properties' name prefix. */
  public static final String PREFIX = "zg.";

  /** The content type of {@code .docx}. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private DocxExport() {}

  /**
   * Writes the document.
   *
   * @param title the document's title
   * @param body the approved version's body, its first line the AI label
   * @param metadata label, producer, content_id, model, created_at, sha256, reviewer, approved_at
   *     (in this order in the custom properties; others are added after them)
   */
  public static byte[] write(String title, String body, Map<String, String> metadata) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      boolean first = true;
      for (String line : body.split("\n", -1)) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(line);
        if (first) {
          run.setBold(true);
          first = false;
        }
      }
      POIXMLProperties props = doc.getProperties();
      POIXMLProperties.CoreProperties core = props.getCoreProperties();
      core.setTitle(title);
      core.setCreator(metadata.getOrDefault("producer", OpinionLabels.PRODUCER));
      core.setIdentifier(metadata.getOrDefault("content_id", ""));
      core.setDescription(OpinionLabels.AI_LABEL);
      core.setKeywords(metadata.getOrDefault("label", OpinionLabels.AI_GENERATED_KEY));
      Optional.ofNullable(metadata.get("created_at"))
          .map(java.time.Instant::parse)
          .ifPresent(at -> core.setCreated(Optional.of(Date.from(at))));
      POIXMLProperties.CustomProperties custom = props.getCustomProperties();
      for (Map.Entry<String, String> e : ordered(metadata).entrySet()) {
        custom.addProperty(PREFIX + e.getKey(), e.getValue());
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> ordered(Map<String, String> metadata) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k :
        new String[] {
          "label",
          "producer",
          "content_id",
          "model",
          "created_at",
          "sha256",
          "reviewer",
          "approved_at"
        }) {
      if (metadata.containsKey(k)) {
        out.put(k, metadata.get(k));
      }
    }
    metadata.forEach(out::putIfAbsent);
    return out;
  }
}
