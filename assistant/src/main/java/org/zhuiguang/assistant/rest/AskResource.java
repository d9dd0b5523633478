package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.answer.Answer;
import org.zhuiguang.assistant.answer.AnswerJson;
import org.zhuiguang.assistant.answer.AnswerListener;
import org.zhuiguang.assistant.answer.AnswerService;
import org.zhuiguang.assistant.answer.InvalidQuestionException;
import org.zhuiguang.assistant.service.ConversationStore;
import org.zhuiguang.corpus.StatuteArticle;

/** {@code POST /api/ask} and its streamed form {@code GET /api/ask/stream} (server-sent events). */
@Path("/api/ask")
@Tag(name = "ask", description = "legal questions answered with quoted, verified citations")
public class AskResource {

  /** Characters per {@code delta} event of a streamed answer. */
  static final int CHUNK = 24;

  private final AnswerService answers;
  private final ConversationStore conversations;
  private final ObjectMapper mapper;
  private final MeterRegistry metrics;

  public AskResource(
      AnswerService answers,
      ConversationStore conversations,
      ObjectMapper mapper,
      MeterRegistry metrics) {
    this.answers = answers;
    this.conversations = conversations;
    this.mapper = mapper;
    this.metrics = metrics;
  }

  /** Counts answers by mode and fallback reason ({@code zg_answers_total} at /q/metrics). */
  private Answer counted(Answer answer) {
    metrics
        .counter(
            "zg.answers",
            "mode",
            answer.mode().label(),
            "fallback",
            answer.fallback().orElse("none"))
        .increment();
    return answer;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Answers a question",
      description =
          "Body {\"question\": \"...\", \"conversation\": \"optional id\"}; the answer is the JSON"
              + " of ./zg ask --json plus label, metadata and the conversation id.")
  public Map<String, Object> ask(JsonNode body) {
    if (body == null || body.isMissingNode() || body.isNull()) {
      throw new BadRequestException("the body is empty; send {\"question\": \"...\"}");
    }
    if (!body.isObject()) {
      throw new BadRequestException("the body must be a JSON object");
    }
    JsonNode q = body.get("question");
    if (q == null || q.isNull()) {
      throw new InvalidQuestionException("the question is missing");
    }
    if (!q.isTextual()) {
      throw new BadRequestException("\"question\" must be a string");
    }
    String conversation = conversation(body.get("conversation"));
    String question = AnswerService.checkQuestion(q.textValue());
    Answer answer =
        counted(answers.ask(question, conversations.history(conversation), AnswerListener.NONE));
    conversations.add(conversation, question);
    Map<String, Object> json = new LinkedHashMap<>(AnswerJson.toMap(answer));
    json.put("conversation", conversation);
    return json;
  }

  private static String conversation(JsonNode node) {
    if (node == null || node.isNull()) {
      return ConversationStore.newId();
    }
    if (!node.isTextual() || !ConversationStore.validId(node.textValue())) {
      throw new BadRequestException(
          "\"conversation\" must be a string of 1 to 64 letters, digits, '-' or '_'");
    }
    return node.textValue();
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "Answers a question as server-sent events",
      description =
          "Events: retrieved (the articles found), status, delta (pieces of the verified answer"
              + " text), answer (the full answer JSON, last), error.")
  public void stream(
      @QueryParam("q") String q,
      @QueryParam("conversation") String conversation,
      @Context SseEventSink sink,
      @Context Sse sse) {
    String question = AnswerService.checkQuestion(q);
    String conv =
        conversation == null || conversation.isBlank() ? ConversationStore.newId() : conversation;
    if (!ConversationStore.validId(conv)) {
      throw new BadRequestException("conversation must be 1 to 64 letters, digits, '-' or '_'");
    }
    try (SseEventSink events = sink) {
      AnswerListener listener =
          new AnswerListener() {
            @Override
            public void retrieved(List<StatuteArticle> articles) {
              List<Map<String, Object>> rows =
                  articles.stream()
                      .map(
                          a -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("law", a.law());
                            row.put("article", a.number().toChinese());
                            row.put("version", a.version().toString());
                            return row;
                          })
                      .toList();
              send(events, sse, "retrieved", rows);
            }

            @Override
            public void generating(int attempt) {
              send(events, sse, "status", attempt == 1 ? "正在生成回答…" : "引用未通过核验，正在重新生成…");
            }

            @Override
            public void rejected(List<String> problems) {
              send(events, sse, "status", "回答的引用未通过核验");
            }
          };
      try {
        Answer answer = counted(answers.ask(question, conversations.history(conv), listener));
        conversations.add(conv, question);
        String text = answer.text();
        for (int i = 0; i < text.length(); i += CHUNK) {
          int end = Math.min(text.length(), i + CHUNK);
          if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
          }
          send(events, sse, "delta", text.substring(i, end));
          i = end - CHUNK;
        }
        Map<String, Object> json = new LinkedHashMap<>(AnswerJson.toMap(answer));
        json.put("conversation", conv);
        send(events, sse, "answer", json);
      } catch (RuntimeException e) {
        send(events, sse, "error", new ApiError("answer_failed", e.getMessage()));
      }
    }
  }

  private void send(SseEventSink sink, Sse sse, String name, Object data) {
    if (sink.isClosed()) {
      return;
    }
    try {
      sink.send(
              sse.newEventBuilder()
                  .name(name)
                  .mediaType(MediaType.TEXT_PLAIN_TYPE)
                  .data(String.class, mapper.writeValueAsString(data))
                  .build())
          .toCompletableFuture()
          .join();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event", e);
    }
  }
}
