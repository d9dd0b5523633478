/**
 * Answers to legal questions: retrieval, the grounded answer composed from the quoted articles, the
 * LLM port, and the verification of every citation an LLM reply makes. Plain Java: the command line
 * calls it without the service, the service wraps it.
 */
package org.zhuiguang.assistant.answer;
