/** The reports every evaluation writes: report.json, report.md and latency percentiles. */
package org.zhuiguang.eval.report;
