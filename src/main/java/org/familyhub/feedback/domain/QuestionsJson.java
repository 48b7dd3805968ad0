package org.familyhub.feedback.domain;

import java.util.List;

import org.familyhub.feedback.Question;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A version's questions as one JSON document, so the whole set is frozen together. */
final class QuestionsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };

    private QuestionsJson() {
    }

    static String write(List<Question> questions) {
        return JSON.writeValueAsString(questions);
    }

    static List<Question> read(String json) {
        return JSON.readValue(json, QUESTIONS);
    }
}
