package org.familyhub.workspace.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.directory.InvalidListingException;

/**
 * The message after an action: what happened, or what to fix. A live region, so screen readers
 * announce it without the focus moving.
 */
class Feedback extends Div {

    Feedback() {
        addClassName("workspace-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void done(String message) {
        removeAll();
        removeClassName("error");
        add(new Paragraph(message));
    }

    void problems(String heading, List<String> problems) {
        removeAll();
        addClassName("error");
        add(new Paragraph(heading));
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        add(list);
    }

    /** Runs an action and shows its refusal plainly: invalid input, a denial, or a step not allowed now. */
    void attempt(String problemsHeading, Runnable action) {
        try {
            action.run();
        } catch (InvalidListingException e) {
            problems(problemsHeading, e.problems());
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException || e instanceof IllegalArgumentException
                    || e instanceof org.springframework.security.access.AccessDeniedException
                    || e instanceof org.familyhub.directory.UnknownRecordException) {
                problems(problemsHeading, List.of(String.valueOf(e.getMessage())));
            } else {
                throw e;
            }
        }
    }
}
