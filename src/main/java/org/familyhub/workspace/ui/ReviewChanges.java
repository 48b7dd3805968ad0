package org.familyhub.workspace.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyhub.workspace.ChangeInWords;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;

/**
 * "What changed": an editor reviewing a draft sees each change to the published listing in words, grouped by
 * part of the listing, and ticks the parts to publish. The ticked parts go live; the others go back to the
 * author with the comment and stay in their draft.
 */
class ReviewChanges extends Section {

    private final Feedback feedback = new Feedback();

    ReviewChanges(ListingWorkflow workflow, Draft draft, Consumer<Draft> reviewed) {
        addClassName("workspace-review");
        List<ChangeInWords> changes = workflow.changes(draft.id(), getLocale());
        Map<String, List<ChangeInWords>> sections = new LinkedHashMap<>();
        changes.forEach(change -> sections.computeIfAbsent(change.section(), key -> new java.util.ArrayList<>())
                .add(change));
        add(new H2(getTranslation("editor.review.changesTitle")));
        add(new Paragraph(getTranslation(changes.isEmpty() ? "editor.changes.none" : "editor.review.intro")));
        Map<String, Checkbox> ticks = new LinkedHashMap<>();
        sections.forEach((key, list) -> {
            Div part = new Div();
            part.addClassName("workspace-review-part");
            Checkbox tick = new Checkbox(getTranslation("editor.review.approve", list.getFirst().sectionLabel()),
                    true);
            ticks.put(key, tick);
            part.add(new H3(list.getFirst().sectionLabel()), new ChangeList(list), tick);
            add(part);
        });
        TextArea comment = new TextArea(getTranslation("editor.review.comment"));
        comment.setWidthFull();
        Button decide = new Button(getTranslation("editor.review.publish"), click -> feedback.attempt(
                getTranslation("editor.problems"), () -> {
                    Set<String> approved = new LinkedHashSet<>();
                    ticks.forEach((key, tick) -> {
                        if (tick.getValue()) {
                            approved.add(key);
                        }
                    });
                    reviewed.accept(workflow.publishApproved(draft.id(), draft.version(), approved,
                            comment.getValue()));
                }));
        decide.addThemeVariants(ButtonVariant.PRIMARY);
        decide.addClassName("workspace-review-publish");
        if (!changes.isEmpty()) {
            add(comment, feedback, decide);
        }
    }
}
