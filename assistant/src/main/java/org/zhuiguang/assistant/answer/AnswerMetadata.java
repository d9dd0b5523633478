package org.zhuiguang.assistant.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Machine-readable metadata of an answer: what produced it, with which model, when, and a hash of
 * its text.
 *
 * @param label {@link AnswerLabels#AI_GENERATED_KEY} or {@link AnswerLabels#RETRIEVAL_KEY}
 * @param producer the producing component, e.g. {@code zhuiguang-assistant/grounded}
 * @param contentId a fresh id of this piece of content
 * @param model the LLM's model name; empty for grounded answers
 * @param createdAt when the answer was made
 * @param sha256 hex SHA-256 of the answer text (UTF-8)
 */
public record AnswerMetadata(
    String label,
    String producer,
    String contentId,
    Optional<String> model,
    Instant createdAt,
    String sha256) {

  public AnswerMetadata {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(sha256, "sha256");
  }

  static AnswerMetadata of(AnswerMode mode, Optional<String> model, Instant at, String text) {
    String label =
        mode == AnswerMode.LLM ? AnswerLabels.AI_GENERATED_KEY : AnswerLabels.RETRIEVAL_KEY;
    return new AnswerMetadata(
        label,
        "zhuiguang-assistant/" + mode.label(),
        UUID.randomUUID().toString(),
        model,
        at,
        sha256(text));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
