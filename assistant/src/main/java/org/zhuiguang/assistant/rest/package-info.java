/** The JSON API under {@code /api}: search, ask (plain and streamed), index status and jobs. */
package org.zhuiguang.assistant.rest;
