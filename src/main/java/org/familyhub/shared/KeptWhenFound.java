package org.familyhub.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Something read from the directory once and kept (the names of towns, localities and topics) until it is forgotten
 * because it changed. Found empty, it is not kept: a search that arrives while the portal is still loading its content
 * finds no names yet, and keeping that would leave every later search without places until the next edit.
 */
public final class KeptWhenFound<T> {

    private final Supplier<T> read;
    private final Predicate<T> empty;
    private volatile @Nullable T kept;

    public KeptWhenFound(Supplier<T> read, Predicate<T> empty) {
        this.read = read;
        this.empty = empty;
    }

    public T get() {
        T current = kept;
        if (current == null) {
            current = read.get();
            if (!empty.test(current)) {
                kept = current;
            }
        }
        return current;
    }

    public void forget() {
        kept = null;
    }
}
