package org.familyhub.workspace.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import org.familyhub.directory.InvalidListingException;

/**
 * Shows each refused entry's message next to its field as well as in the summary: the directory starts each
 * problem with the field's name ("Postcode: …"), which is how it is matched here.
 */
final class FieldProblems {

    private FieldProblems() {
    }

    /**
     * Runs a save: done, every field's message is cleared and {@code saved} runs; refused, each problem shows beside
     * its field and in the summary, and nothing else happens.
     */
    static void attempt(Map<String, HasValidation> fields, Feedback feedback, Runnable save, Runnable saved) {
        try {
            save.run();
        } catch (InvalidListingException refused) {
            show(fields, refused.problems());
            feedback.problems(feedback.getTranslation("editor.problems"), refused.problems());
            return;
        }
        show(fields, List.of());
        saved.run();
    }

    static void show(Map<String, HasValidation> fields, List<String> problems) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        for (String problem : problems) {
            fields.forEach((name, field) -> {
                if (problem.startsWith(name + ":")) {
                    field.setErrorMessage(problem.substring(name.length() + 1).strip());
                    field.setInvalid(true);
                }
            });
        }
    }
}
