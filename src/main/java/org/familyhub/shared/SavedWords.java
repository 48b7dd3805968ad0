package org.familyhub.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Words a background job keeps for staff to read later (a quality check's finding, how a feed's last pull went),
 * saved as a message key and its values so each reader sees them in their own language, not in the language of
 * the job. Stored as a short JSON text, {@code {"key":"…","values":[…]}}; a value is text, a whole number or a
 * date (said in the reader's style). Text saved before keys were kept (an English sentence) reads back as written.
 *
 * @param key    the message key; null for text saved as written
 * @param values the key's values: {@link String}, {@link Long} or {@link LocalDate}; for text saved as written, the
 *               text alone
 */
public record SavedWords(@Nullable String key, List<Object> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "{\"key\":";
    /** A value longer than this is cut: the saved text must fit its column (a web address can be long). */
    private static final int VALUE_LENGTH = 300;

    public SavedWords {
        values = key == null ? List.copyOf(values) : values.stream().map(SavedWords::fitted).toList();
    }

    public static SavedWords of(String key, Object... values) {
        return new SavedWords(key, List.of(values));
    }

    /** What was stored: these words, or an older row's sentence as it was written; empty text for none. */
    public static SavedWords read(@Nullable String stored) {
        if (stored == null) {
            return asWritten("");
        }
        if (!stored.startsWith(MARK)) {
            return asWritten(stored);
        }
        try {
            JsonNode node = JSON.readTree(stored);
            List<Object> values = new ArrayList<>();
            for (JsonNode value : node.path("values")) {
                values.add(value.isNumber() ? value.asLong()
                        : value.isObject() ? LocalDate.parse(value.path("date").asString()) : value.asString());
            }
            return new SavedWords(node.path("key").asString(), values);
        } catch (JacksonException | java.time.DateTimeException e) {
            return asWritten(stored);
        }
    }

    private static SavedWords asWritten(String text) {
        return new SavedWords(null, List.of(text));
    }

    /** The text to store. */
    public String stored() {
        if (key == null) {
            return (String) values.getFirst();
        }
        ObjectNode node = JSON.createObjectNode().put("key", key);
        ArrayNode array = node.putArray("values");
        for (Object value : values) {
            if (value instanceof Number number) {
                array.add(number.longValue());
            } else if (value instanceof LocalDate date) {
                array.addObject().put("date", date.toString());
            } else {
                array.add(String.valueOf(value));
            }
        }
        return JSON.writeValueAsString(node);
    }

    /**
     * The words in the reader's language: {@code translate} is the page's translation (key and values), and
     * {@code date} says a date as the reader reads dates.
     */
    public String say(BiFunction<String, Object[], String> translate, Function<LocalDate, String> date) {
        if (key == null) {
            return (String) values.getFirst();
        }
        Object[] said = values.stream().map(value -> value instanceof LocalDate day ? date.apply(day) : value)
                .toArray();
        return translate.apply(key, said);
    }

    private static Object fitted(Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof String text && text.length() > VALUE_LENGTH) {
            return text.substring(0, VALUE_LENGTH - 1) + "…";
        }
        return value;
    }
}
