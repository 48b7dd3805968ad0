package org.familyhub.frontdoor.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A short list of codes (topics, contact methods) in one column, comma-separated: codes never hold commas. */
@Converter
class CodeList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(Arrays.asList(column.split(",")));
    }
}
