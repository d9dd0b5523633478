/**
 * Legal-opinion drafts: the draft built from a case file and verified articles (with its AI label
 * and metadata), and the review workflow a draft goes through. Plain Java: no Quarkus, no database;
 * the service persists what this package decides.
 */
package org.zhuiguang.assistant.opinion;
