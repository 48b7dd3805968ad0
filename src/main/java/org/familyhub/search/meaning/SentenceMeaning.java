package org.familyhub.search.meaning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * e5-small-v2 (quantized, ONNX, inside the jar): 384 numbers for a sentence, close together for sentences that mean
 * the same ("skint" and "help with money"). The model was trained for search: a parent's words are read as a
 * {@code query:} and a listing as a {@code passage:}, as it expects. It replaced all-MiniLM-L6-v2, which it beats on
 * whole questions and everyday words (held-out nDCG@5 0.60 → 0.65) at about 1.5 times the time a sentence. A few
 * milliseconds a sentence on one core; the same words asked again are answered from memory, as parents' searches
 * repeat. Its closeness runs from about 0.7 (unrelated) to 0.9, not from 0 as the older model's did.
 */
@Component
public class SentenceMeaning {

    /** The model, part of the index definition's fingerprint: an index built with another model's vectors is rebuilt. */
    public static final String MODEL = "e5-small-v2-q";
    /** The vector's length, as the index maps it. */
    public static final int DIMENSIONS = 384;
    private static final Logger LOG = LoggerFactory.getLogger(SentenceMeaning.class);
    private static final int REMEMBERED = 2_000;

    private final EmbeddingModel model;
    private final Map<String, float[]> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > REMEMBERED;
                }
            });

    SentenceMeaning() {
        long start = System.nanoTime();
        this.model = new E5SmallV2QuantizedEmbeddingModel();
        LOG.info("event=meaning-model-loaded millis={}", (System.nanoTime() - start) / 1_000_000);
    }

    /** The meaning of a parent's words; lower case, so "Skint" and "skint" are asked once. */
    public float[] ofQuery(String words) {
        String key = words.strip().toLowerCase(java.util.Locale.ROOT);
        float[] known = remembered.get(key);
        if (known != null) {
            return known;
        }
        float[] vector = model.embed("query: " + key).content().vector();
        remembered.put(key, vector);
        return vector;
    }

    /** Forgets the words asked before, so the benchmark can time a search with words never asked. */
    public void forgetQueries() {
        remembered.clear();
    }

    /** The meanings of several listings' texts, worked out side by side on every core. */
    public List<float[]> ofTexts(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(text -> TextSegment.from("passage: " + text)).toList()).content().stream()
                .map(embedding -> embedding.vector()).toList();
    }
}
