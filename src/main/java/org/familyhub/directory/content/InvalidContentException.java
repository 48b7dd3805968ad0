package org.familyhub.directory.content;

import java.util.List;

/** Content that cannot be loaded; the message names each file, record and field at fault. */
public class InvalidContentException extends RuntimeException {

    private final List<String> problems;

    InvalidContentException(List<String> problems) {
        super("The content cannot be loaded; nothing was changed. " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
