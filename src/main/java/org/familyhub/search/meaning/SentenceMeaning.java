package org.familyhub.search.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.familyhub.shared.Remembered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX, inside the jar): 384 numbers for a sentence, close together for sentences
 * that mean the same ("skint" and "help with money"). A few milliseconds a sentence on one core; the same words
 * asked again are answered from memory, as parents' searches repeat.
 * <p>
 * e5-small-v2, a model trained for search, was tried in its place (3 December 2026): it scored a little better on the
 * held-out set (nDCG@5 0.65 against 0.60), but only with a closeness of 0.78, and on its scale everything is about
 * 0.78 close to everything ("wombat" 0.79, "car insurance" 0.82 to some listing), so words the directory has nothing
 * for found a dozen unrelated listings, and were no longer recorded as gaps. At 0.82, where they find nothing, it
 * scored no better than this model. bge-small-en-v1.5 (quantized) was tried on 6 December 2026, with the closeness
 * settings moved onto its scale (unrelated sentences 0.40–0.55, related 0.58–0.80): held-out 0.713–0.723 against this
 * model's 0.717, and "car insurance" came closer to money advice than "my partner hits me" to domestic abuse support.
 */
@Component
public class SentenceMeaning {

    /** The model, part of the index definition's fingerprint: an index built with another model's vectors is rebuilt. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    /** The vector's length, as the index maps it. */
    public static final int DIMENSIONS = 384;
    private static final Logger LOG = LoggerFactory.getLogger(SentenceMeaning.class);
    private static final int REMEMBERED = 2_000;

    /** The model's tokenizer, in its jar: its vocabulary holds the 30,000 commonest English words whole. */
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model;
    private final Remembered<String, float[]> remembered = new Remembered<>(REMEMBERED);
    private final Set<String> wholeWords;

    SentenceMeaning() {
        long start = System.nanoTime();
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        this.wholeWords = wholeWords();
        LOG.info("event=meaning-model-loaded millis={}", (System.nanoTime() - start) / 1_000_000);
    }

    /** The meaning of a parent's words; lower case, so "Skint" and "skint" are asked once. */
    public float[] ofQuery(String words) {
        String key = words.strip().toLowerCase(java.util.Locale.ROOT);
        float[] known = remembered.get(key);
        if (known != null) {
            return known;
        }
        float[] vector = model.embed(key).content().vector();
        remembered.put(key, vector);
        return vector;
    }

    /**
     * Whether the model reads the word whole, as one of the commonest English words ("swimming", "evicted", "weed"),
     * rather than in pieces ("playgoup", "childminer", and rarer words such as "midwife"): a common word is never a
     * slip for another.
     */
    public boolean isCommonWord(String word) {
        return wholeWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static Set<String> wholeWords() {
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException("The meaning model's tokenizer " + TOKENIZER + " is not on the classpath");
            }
            Set<String> words = new HashSet<>();
            JsonMapper.builder().build().readTree(in).path("model").path("vocab").propertyNames().forEach(token -> {
                if (token.chars().allMatch(Character::isLetter)) {
                    words.add(token);
                }
            });
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the words asked before, so the benchmark can time a search with words never asked. */
    public void forgetQueries() {
        remembered.clear();
    }

    /** How close two meanings are: the cosine of their angle, 1 for the same meaning. */
    public static double closeness(float[] a, float[] b) {
        double dot = 0;
        double left = 0;
        double right = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            left += a[i] * a[i];
            right += b[i] * b[i];
        }
        return dot / Math.sqrt(left * right);
    }

    /** The meanings of several listings' texts, worked out side by side on every core. */
    public List<float[]> ofTexts(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector()).toList();
    }
}
