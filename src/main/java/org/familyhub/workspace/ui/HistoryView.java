package org.familyhub.workspace.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
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
import org.familyhub.workspace.Change;
import org.familyhub.workspace.FieldChange;
import org.familyhub.workspace.ListingHistory;
import org.familyhub.workspace.ListingWorkflow;
import org.familyhub.shared.DateText;

/**
 * A listing's history, newest first: each change with who and when, and a table of the fields it
 * changed, before and after. Editors may undo a change, or archive the listing.
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
        add(changes);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        serviceId = Ids.parse(id).orElseThrow(NotFoundException::new);
        try {
            show();
        } catch (UnknownRecordException e) {
            throw new NotFoundException();
        }
    }

    private void show() {
        List<Change> list = history.of(serviceId);
        heading.setText(getTranslation("editor.history.title",
                directory.service(serviceId).map(s -> s.name()).orElse("")));
        changes.removeAll();
        if (list.isEmpty()) {
            changes.add(new Paragraph(getTranslation("editor.history.none")));
        }
        for (Change change : list) {
            Section section = new Section(new H2(getTranslation("editor.history.change",
                    getTranslation("editor.history.action." + change.action().name()), change.changedBy(),
                    dates.dateTime(change.changedAt(), getLocale()))));
            section.add(table(change.fields()));
            if (editor && change.restorable()) {
                section.add(new Button(getTranslation("editor.history.restore"), click -> feedback.attempt(
                        getTranslation("editor.problems"), () -> {
                            history.restoreBefore(change.id());
                            feedback.done(getTranslation("editor.history.restored"));
                            show();
                        })));
            }
            changes.add(section);
        }
    }

    private NativeTable table(List<FieldChange> fields) {
        NativeTable table = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        head.addRow().add(new NativeTableHeaderCell(getTranslation("editor.history.field")),
                new NativeTableHeaderCell(getTranslation("editor.history.before")),
                new NativeTableHeaderCell(getTranslation("editor.history.after")));
        NativeTableBody body = new NativeTableBody();
        for (FieldChange field : fields) {
            NativeTableRow row = body.addRow();
            row.add(new NativeTableCell(field.field().replace('_', ' ')),
                    new NativeTableCell(field.before() == null ? "—" : field.before()),
                    new NativeTableCell(field.after() == null ? "—" : field.after()));
        }
        table.add(head, body);
        table.addClassName("workspace-diff");
        return table;
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
