/**
 * Health checks under {@code /q/health}: the index (readiness) and the LLM (reported, never fatal).
 */
package org.zhuiguang.assistant.health;
