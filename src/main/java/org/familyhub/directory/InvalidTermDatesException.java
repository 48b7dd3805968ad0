package org.familyhub.directory;

import java.util.List;

/** Term dates refused, nothing saved: each problem is a bundle key the administrator's screen words plainly. */
public class InvalidTermDatesException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidTermDatesException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
