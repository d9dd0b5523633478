package org.zhuiguang.assistant.opinion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Machine-readable metadata of one draft version: what produced it, with which model, when, and the
 * SHA-256 of its body; approval adds the reviewer and the date and changes nothing else.
 *
 * @param label always {@link OpinionLabels#AI_GENERATED_KEY}
 * @param producer the producing component
 * @param contentId the id of this content
 * @param model the LLM's model name, or {@code none} for offline drafts
 * @param createdAt when this version was made
 * @param sha256 hex SHA-256 of the body (UTF-8)
 * @param reviewer the advisor who approved it, once approved
 * @param approvedAt when it was approved
 */
public record OpinionMetadata(
    String label,
    String producer,
    String contentId,
    String model,
    Instant createdAt,
    String sha256,
    Optional<String> reviewer,
    Optional<Instant> approvedAt) {

  /** The model name of drafts built without a language model. */
  public static final String NO_MODEL = "none";

  public OpinionMetadata {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(approvedAt, "approvedAt");
  }

  /** Metadata of a fresh version of {@code body}. */
  public static OpinionMetadata of(
      String producer, String contentId, String model, Instant at, String body) {
    return new OpinionMetadata(
        OpinionLabels.AI_GENERATED_KEY,
        producer,
        contentId,
        model,
        at,
        sha256(body),
        Optional.empty(),
        Optional.empty());
  }

  /** The same metadata with the reviewer and date of approval added. */
  public OpinionMetadata approved(String by, Instant at) {
    return new OpinionMetadata(
        label, producer, contentId, model, createdAt, sha256, Optional.of(by), Optional.of(at));
  }

  /** Hex SHA-256 of a text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
