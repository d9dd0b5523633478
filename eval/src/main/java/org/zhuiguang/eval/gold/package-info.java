/** Gold references resolved through the corpus: the judgements every metric is computed against. */
package org.zhuiguang.eval.gold;
