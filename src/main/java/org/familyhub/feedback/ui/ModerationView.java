package org.familyhub.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.CommentToScreen;
import org.familyhub.feedback.InvalidSubmissionException;
import org.familyhub.feedback.Moderation;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.DateText;

/**
 * Editors screen free-text answers before anyone else reads them: approve, redact or hide. Likely
 * personal data is pointed out and a redaction suggested.
 */
@Route(value = ModerationView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Roles.EDITOR)
@StyleSheet("context://styles/feedback.css")
class ModerationView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/feedback/comments";

    private final Moderation moderation;
    private final DateText dates;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    ModerationView(Moderation moderation, DateText dates) {
        this.moderation = moderation;
        this.dates = dates;
        addClassName("workspace-page");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("feedback.moderation.title")),
                new Paragraph(getTranslation("feedback.moderation.intro")), status, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var pending = moderation.pending();
        if (pending.isEmpty()) {
            list.add(new Paragraph(getTranslation("feedback.moderation.none")));
        }
        pending.forEach(comment -> list.add(item(comment)));
    }

    private Section item(CommentToScreen comment) {
        Section item = new Section();
        item.addClassName("feedback-moderation-item");
        item.setId("comment-" + comment.answerId());
        item.add(new H2(comment.surveyTitle() + ": " + comment.question()));
        item.add(new Paragraph(getTranslation("feedback.moderation.received",
                dates.dateTime(comment.submittedAt(), getLocale()))));
        Paragraph text = new Paragraph(comment.text());
        text.addClassName("feedback-quote");
        item.add(text);
        if (!comment.personalData().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("feedback.moderation.personalData",
                    String.join(", ", comment.personalData())));
            warning.addClassName("feedback-warning");
            item.add(warning);
        }
        TextArea redacted = new TextArea(getTranslation("feedback.moderation.redacted"));
        redacted.setValue(comment.suggestedRedaction());
        redacted.addClassName("redacted-text");
        Button approve = new Button(getTranslation("feedback.moderation.approve"),
                click -> act(() -> moderation.approve(comment.answerId()), "feedback.moderation.approved"));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClassName("approve");
        Button redact = new Button(getTranslation("feedback.moderation.redact"),
                click -> act(() -> moderation.redact(comment.answerId(), redacted.getValue()),
                        "feedback.moderation.redactedDone"));
        redact.addClassName("redact");
        Button hide = new Button(getTranslation("feedback.moderation.hide"),
                click -> act(() -> moderation.hide(comment.answerId()), "feedback.moderation.hidden"));
        hide.addClassName("hide");
        Div actions = new Div(approve, redact, hide);
        actions.addClassName("feedback-actions");
        item.add(redacted, actions);
        return item;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            status.setText(getTranslation(doneKey));
            refresh();
        } catch (InvalidSubmissionException invalid) {
            status.setText(String.join(" ", invalid.problems().stream().map(p -> Labels.problem(this, p)).toList()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.moderation.title");
    }
}
