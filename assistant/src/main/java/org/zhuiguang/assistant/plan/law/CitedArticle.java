package org.zhuiguang.assistant.plan.law;

import org.zhuiguang.corpus.StatuteArticle;

/**
 * An article a plan cites: resolved in the index, with its text as the index holds it.
 *
 * @param article the law's full title, number, version and text, from the index
 * @param issue the legal issue it governs
 * @param stance whose position it supports
 */
public record CitedArticle(StatuteArticle article, String issue, Stance stance) {}
