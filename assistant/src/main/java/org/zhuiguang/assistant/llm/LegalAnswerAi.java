package org.zhuiguang.assistant.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The model behind LLM mode. No chat memory (each call carries its own history block), no tools, no
 * retrieval augmentor: the workflow retrieves and verifies.
 */
@RegisterAiService(
    chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class,
    toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class,
    retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class)
public interface LegalAnswerAi {

  @SystemMessage(fromResource = "prompts/answer-system.txt")
  @UserMessage(fromResource = "prompts/answer-user.txt")
  String answer(
      @V("question") String question,
      @V("articles") String articles,
      @V("history") String history,
      @V("feedback") String feedback);
}
