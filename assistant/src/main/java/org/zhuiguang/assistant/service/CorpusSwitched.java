package org.zhuiguang.assistant.service;

import org.zhuiguang.corpus.Corpus;

/**
 * Fired (synchronously, on the index job's thread) after a job switched the service to a new
 * generation, with the corpus that generation was built from.
 *
 * @param corpus the statutes now served
 */
public record CorpusSwitched(Corpus corpus) {}
