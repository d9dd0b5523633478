/** assistant. */
package org.zhuiguang.assistant;
