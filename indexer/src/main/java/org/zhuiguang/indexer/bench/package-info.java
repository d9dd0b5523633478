/** Benchmarks of the index: build and update times, query latency, size and memory. */
package org.zhuiguang.indexer.bench;
