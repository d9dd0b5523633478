/** Statute model, parser and citations. */
package org.zhuiguang.corpus;
