/**
 * The statutes an answer draws on: the Lucene index of the corpus opened for search, the parsed
 * corpus as the catalog citations are resolved against, and the re-index jobs that renew both.
 * Plain Java, shared by the command line and the service.
 */
package org.zhuiguang.assistant.library;
