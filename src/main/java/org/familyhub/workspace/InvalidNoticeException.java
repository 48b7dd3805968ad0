package org.familyhub.workspace;

import java.util.List;

/** A notice refused, nothing saved: each problem is a bundle key the editor's screen words plainly. */
public class InvalidNoticeException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidNoticeException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
