package org.familyhub.feedback;

import java.util.List;
import java.util.stream.Collectors;

/** A public form's input was turned down: nothing was stored. The problems say why, field by field. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidSubmissionException(List<Problem> problems) {
        super(problems.stream().map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.messageKey())
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
