/** eval. */
package org.zhuiguang.eval;
