package org.zhuiguang.indexer.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

  @TempDir Path folder;

  private static final String A = "00112233445566778899aabbccddeeff";
  private static final String B = "ffeeddccbbaa99887766554433221100";

  @Test
  void storesAndReloads() throws Exception {
    try (EmbeddingCache cache = EmbeddingCache.open(folder, "m", 3)) {
      cache.putAll(List.of(A, B), List.of(new float[] {1, 2, 3}, new float[] {4, 5, 6}));
      assertArrayEquals(new float[] {4, 5, 6}, cache.get(B).orElseThrow());
    }
    try (EmbeddingCache cache = EmbeddingCache.open(folder, "m", 3)) {
      assertEquals(2, cache.size());
      assertArrayEquals(new float[] {1, 2, 3}, cache.get(A).orElseThrow());
    }
  }

  @Test
  void aTornOrCorruptTailIsCutOff() throws Exception {
    try (EmbeddingCache cache = EmbeddingCache.open(folder, "m", 3)) {
      cache.putAll(List.of(A, B), List.of(new float[] {1, 2, 3}, new float[] {4, 5, 6}));
    }
    Path file = folder.resolve("m-3.bin");
    int record = 16 + 3 * 4 + 4;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {9}), record + 20);
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}), 2L * record);
    }
    try (EmbeddingCache cache = EmbeddingCache.open(folder, "m", 3)) {
      assertTrue(cache.contains(A));
      assertFalse(cache.contains(B), "the corrupt record and everything after it are dropped");
      cache.putAll(List.of(B), List.of(new float[] {7, 8, 9}));
      assertArrayEquals(new float[] {7, 8, 9}, cache.get(B).orElseThrow());
    }
    assertEquals(2L * record, java.nio.file.Files.size(file));
  }
}
