/** cli. */
package org.zhuiguang.cli;
