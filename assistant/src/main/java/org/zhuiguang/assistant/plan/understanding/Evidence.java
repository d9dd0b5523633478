package org.zhuiguang.assistant.plan.understanding;

/**
 * A fact the narrative states, with the words that state it.
 *
 * @param kind what it is (threat of violence, minor, group gathering ...)
 * @param quote the words of the narrative it rests on
 */
public record Evidence(String kind, String quote) {}
