package org.familyhub.workspace.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;

/**
 * A text field's words to a value object by the object's own {@code parse} (the rule imports use too): blank is
 * nothing, anything the rule refuses is the field's message, in the page's language.
 */
final class ParsedText<T> implements Converter<String, @Nullable T> {

    private final Function<String, Optional<T>> parse;
    private final Function<T, String> text;
    private final String message;

    ParsedText(Function<String, Optional<T>> parse, Function<T, String> text, String message) {
        this.parse = parse;
        this.text = text;
        this.message = message;
    }

    @Override
    public Result<@Nullable T> convertToModel(@Nullable String value, ValueContext context) {
        if (value == null || value.isBlank()) {
            return Result.ok(null);
        }
        return parse.apply(value).<Result<@Nullable T>>map(Result::ok).orElseGet(() -> Result.error(message));
    }

    @Override
    public String convertToPresentation(@Nullable T value, ValueContext context) {
        return value == null ? "" : text.apply(value);
    }
}
