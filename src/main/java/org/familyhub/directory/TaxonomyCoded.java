package org.familyhub.directory;

import java.util.Arrays;
import java.util.Optional;

/** A closed set of values that the content records as terms of one taxonomy. */
public interface TaxonomyCoded {

    /** The term's code in its taxonomy. */
    String code();

    static <E extends Enum<E> & TaxonomyCoded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }
}
