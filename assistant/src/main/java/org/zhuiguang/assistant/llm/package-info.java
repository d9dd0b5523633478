/**
 * The LLM adapter: a Quarkus LangChain4j AI service with its prompts in resource files, wrapped as
 * the answer workflow's {@link org.zhuiguang.assistant.answer.LlmPort} with a timeout and a circuit
 * breaker. The model has no tools: it reads data blocks and writes text, nothing else.
 */
package org.zhuiguang.assistant.llm;
