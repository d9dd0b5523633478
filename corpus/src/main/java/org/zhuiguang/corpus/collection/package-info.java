/**
 * Reads the LawRefBook Markdown collection into a {@link org.zhuiguang.corpus.Corpus}: one file per
 * law version (or per book of a code), every file that is not a statute skipped with a typed
 * reason. Entry point: {@link org.zhuiguang.corpus.collection.LawRefBookCollection#read}.
 */
package org.zhuiguang.corpus.collection;
