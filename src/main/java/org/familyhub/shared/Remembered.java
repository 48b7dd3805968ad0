package org.familyhub.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Answers worked out once and kept for when the same is asked again (the meaning of a parent's words, whether the
 * directory spells a word), at most {@code capacity} of them: the one unused longest is forgotten first, so the memory
 * stays the same size however many different questions arrive. Safe for concurrent use.
 */
public final class Remembered<K, V> {

    private final Map<K, V> answers;

    public Remembered(int capacity) {
        this.answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    public @Nullable V get(K question) {
        return answers.get(question);
    }

    public void put(K question, V answer) {
        answers.put(question, answer);
    }

    public void clear() {
        answers.clear();
    }
}
