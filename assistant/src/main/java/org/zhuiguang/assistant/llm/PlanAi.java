package org.zhuiguang.assistant.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The model that writes a plan's narrative parts in LLM mode (sides, interests, likely moves,
 * options) as a JSON object of the schema in {@code prompts/plan-system.txt}. No chat memory, no
 * tools, no retrieval augmentor: the plan builder grades, routes, picks the articles and checks the
 * reply.
 */
@RegisterAiService(
    chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class,
    toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class,
    retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class)
public interface PlanAi {

  @SystemMessage(fromResource = "prompts/plan-system.txt")
  @UserMessage(fromResource = "prompts/plan-user.txt")
  String write(
      @V("narrative") String narrative,
      @V("assessment") String assessment,
      @V("articles") String articles);
}
