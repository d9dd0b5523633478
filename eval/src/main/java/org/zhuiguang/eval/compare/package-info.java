/** Comparing two runs query by query: wins, losses, ties and the biggest movers. */
package org.zhuiguang.eval.compare;
