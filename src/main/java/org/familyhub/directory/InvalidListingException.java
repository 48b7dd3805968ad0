package org.familyhub.directory;

import java.util.List;

/** A listing that cannot be saved as it is; each problem names the field and what is wrong. */
public class InvalidListingException extends RuntimeException {

    private final List<String> problems;

    public InvalidListingException(List<String> problems) {
        super("The listing cannot be saved; nothing was changed. " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
