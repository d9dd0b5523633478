/** The evaluation inputs: queries, mediation cases, statute references, JSON Lines. */
package org.zhuiguang.eval.input;
