package org.familyhub.workspace.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.directory.UnknownRecordException;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.ListingHistory;
import org.familyhub.workspace.ListingWorkflow;
import org.familyhub.shared.DateText;

/**
 * A listing's history, newest first, 20 entries a page ({@code ?page=2}): each change with who and when, and
 * what it changed in words. Editors may undo a change, or archive the listing.
 */
@Route(value = "workspace/history", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class HistoryView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ListingHistory history;
    private final ListingWorkflow workflow;
    private final Directory directory;
    private final DateText dates;
    private final boolean editor;
    private final Feedback feedback = new Feedback();
    private final H1 heading = new H1();
    private final Div changes = new Div();
    private UUID serviceId = new UUID(0, 0);
    private int page = 1;

    HistoryView(ListingHistory history, ListingWorkflow workflow, Directory directory, CurrentUser currentUser,
            DateText dates) {
        this.history = history;
        this.dates = dates;
        this.workflow = workflow;
        this.directory = directory;
        this.editor = currentUser.get().map(u -> u.has(Role.EDITOR) || u.has(Role.ADMIN)).orElse(false);
        add(new Anchor("workspace", getTranslation("editor.title")), heading, feedback);
        if (editor) {
            add(new Button(getTranslation("editor.archive"), click -> feedback.attempt(
                    getTranslation("editor.problems"), () -> {
                        workflow.archive(serviceId);
                        feedback.done(getTranslation("editor.archived"));
                        show();
                    })));
        }
        changes.addClassName("workspace-history");
        add(changes);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        serviceId = Ids.parse(id).orElseThrow(NotFoundException::new);
        page = event.getLocation().getQueryParameters().getSingleParameter("page").map(HistoryView::number)
                .orElse(1);
        try {
            show();
        } catch (UnknownRecordException e) {
            throw new NotFoundException();
        }
    }

    private static int number(String text) {
        try {
            return Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void show() {
        ListingHistory.Page shown = history.page(serviceId, page, getLocale());
        heading.setText(getTranslation("editor.history.title",
                directory.service(serviceId).map(s -> s.name()).orElse("")));
        changes.removeAll();
        if (shown.entries().isEmpty()) {
            changes.add(new Paragraph(getTranslation("editor.history.none")));
        }
        for (ListingHistory.Entry entry : shown.entries()) {
            Section section = new Section(new H2(getTranslation("editor.history.change",
                    getTranslation("editor.history.action." + entry.action().name()), entry.changedBy(),
                    dates.dateTime(entry.changedAt(), getLocale()))));
            section.addClassName("workspace-history-entry");
            section.add(new ChangeList(entry.changes()));
            if (editor && entry.restorable()) {
                section.add(new Button(getTranslation("editor.history.restore"), click -> feedback.attempt(
                        getTranslation("editor.problems"), () -> {
                            history.restoreBefore(entry.id());
                            feedback.done(getTranslation("editor.history.restored"));
                            show();
                        })));
            }
            changes.add(section);
        }
        changes.add(pages(shown));
    }

    /** Links to newer and older pages: plain addresses, so a page can be bookmarked or shared. */
    private Nav pages(ListingHistory.Page shown) {
        Nav nav = new Nav();
        nav.addClassName("workspace-pages");
        nav.getElement().setAttribute("aria-label", getTranslation("editor.history.pages"));
        String base = "workspace/history/" + serviceId + "?page=";
        if (shown.number() > 1) {
            nav.add(new Anchor(base + (shown.number() - 1), getTranslation("editor.history.newer")));
        }
        nav.add(new Span(getTranslation("editor.history.page", shown.number(), shown.pages())));
        if (shown.number() < shown.pages()) {
            nav.add(new Anchor(base + (shown.number() + 1), getTranslation("editor.history.older")));
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
