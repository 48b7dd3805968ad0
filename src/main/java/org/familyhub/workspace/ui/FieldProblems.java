package org.familyhub.workspace.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;

/**
 * Shows each refused entry's message next to its field as well as in the summary: the directory starts each
 * problem with the field's name ("Postcode: …"), which is how it is matched here.
 */
final class FieldProblems {

    private FieldProblems() {
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
