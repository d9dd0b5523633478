package org.zhuiguang.indexer.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Embeddings already computed, keyed by the hash of the embedded text, in one append-only file per
 * model and dimension. Each record is the 16-byte key, the floats, and a CRC32 of both; a record
 * torn by a crash fails its check and everything from it on is cut off when the file is opened
 * again. Rebuilds and updates re-embed only texts missing here. Used by one writer at a time (the
 * index write lock).
 */
public final class EmbeddingCache implements AutoCloseable {

  private static final int KEY_BYTES = 16;

  private final FileChannel channel;
  private final int dimension;
  private final int recordBytes;
  private final Map<String, Integer> records = new HashMap<>();

  private EmbeddingCache(FileChannel channel, int dimension) {
    this.channel = channel;
    this.dimension = dimension;
    this.recordBytes = KEY_BYTES + dimension * Float.BYTES + Integer.BYTES;
  }

  /** Opens (or creates) the cache of a model in a folder, dropping any torn tail. */
  public static EmbeddingCache open(Path folder, String model, int dimension) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(String.format(Locale.ROOT, "%s-%d.bin", model, dimension));
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    EmbeddingCache cache = new EmbeddingCache(channel, dimension);
    cache.load();
    return cache;
  }

  private void load() throws IOException {
    long size = channel.size();
    long count = size / recordBytes;
    ByteBuffer buffer = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
    long valid = 0;
    for (long i = 0; i < count; i++) {
      buffer.clear();
      readFully(buffer, i * recordBytes);
      CRC32 crc = new CRC32();
      crc.update(buffer.array(), 0, recordBytes - Integer.BYTES);
      if ((int) crc.getValue() != buffer.getInt(recordBytes - Integer.BYTES)) {
        break;
      }
      records.putIfAbsent(HexFormat.of().formatHex(buffer.array(), 0, KEY_BYTES), (int) i);
      valid = i + 1;
    }
    if (valid * recordBytes != size) {
      channel.truncate(valid * recordBytes);
      channel.force(true);
    }
  }

  public int dimension() {
    return dimension;
  }

  public synchronized int size() {
    return records.size();
  }

  public synchronized boolean contains(String key) {
    return records.containsKey(key);
  }

  /** The embedding stored under a key (a hex text hash), if any. */
  public Optional<float[]> get(String key) {
    Integer index;
    synchronized (this) {
      index = records.get(key);
    }
    if (index == null) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
    try {
      readFully(buffer, (long) index * recordBytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    buffer.position(KEY_BYTES);
    float[] vector = new float[dimension];
    buffer.asFloatBuffer().get(vector);
    return Optional.of(vector);
  }

  /** Appends embeddings and forces them to disk. */
  public synchronized void putAll(List<String> keys, List<float[]> vectors) throws IOException {
    ByteBuffer buffer =
        ByteBuffer.allocate(recordBytes * keys.size()).order(ByteOrder.LITTLE_ENDIAN);
    int first = (int) (channel.size() / recordBytes);
    for (int i = 0; i < keys.size(); i++) {
      float[] vector = vectors.get(i);
      if (vector.length != dimension) {
        throw new IllegalArgumentException("embedding of dimension " + vector.length);
      }
      int start = buffer.position();
      byte[] key = HexFormat.of().parseHex(keys.get(i));
      if (key.length != KEY_BYTES) {
        throw new IllegalArgumentException("bad cache key " + keys.get(i));
      }
      buffer.put(key);
      for (float x : vector) {
        buffer.putFloat(x);
      }
      CRC32 crc = new CRC32();
      crc.update(buffer.array(), start, recordBytes - Integer.BYTES);
      buffer.putInt((int) crc.getValue());
    }
    buffer.flip();
    long position = (long) first * recordBytes;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(false);
    for (int i = 0; i < keys.size(); i++) {
      records.putIfAbsent(keys.get(i), first + i);
    }
  }

  private void readFully(ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("embedding cache ends early");
      }
      at += n;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
