package org.familyhub.childcare.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.childcare.InvalidChildcareException;
import org.familyhub.childcare.OfstedImport;
import org.familyhub.childcare.OfstedImport.Line;
import org.familyhub.childcare.OfstedImport.Report;
import org.familyhub.shared.ui.MainLayout;

/** An administrator uploads Ofsted's childcare providers file; the page shows what happened to every row. */
@Route(value = "admin/ofsted-import", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class OfstedImportView extends Div implements HasDynamicTitle {

    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final OfstedImport ofsted;
    private final Section result = new Section();

    OfstedImportView(OfstedImport ofsted) {
        this.ofsted = ofsted;
        addClassName("workspace-ofsted");
        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) -> later(() -> show(bytes))));
        file.setAcceptedFileTypes(".csv", "text/csv");
        file.setMaxFileSize(MAX_BYTES);
        file.setMaxFiles(1);
        file.setUploadButton(new Button(getTranslation("childcare.ofsted.upload")));
        result.setId("ofsted-report");
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("childcare.ofsted.title")), new Paragraph(getTranslation("childcare.ofsted.help")),
                file, result);
    }

    /** Upload callbacks run outside the UI's lock: changes to the page go through {@code UI.access}. */
    private void later(Runnable change) {
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.access(change::run));
    }

    void show(byte[] bytes) {
        result.removeAll();
        Report report;
        try {
            report = ofsted.importCsv(bytes);
        } catch (InvalidChildcareException e) {
            result.add(new H2(getTranslation("childcare.ofsted.refused")), new Paragraph(e.getMessage()));
            return;
        }
        result.add(new H2(getTranslation(report.imported() ? "childcare.ofsted.imported" : "childcare.ofsted.refused")));
        UnorderedList lines = new UnorderedList();
        for (Line line : report.lines()) {
            String text = getTranslation("childcare.ofsted.line", line.row(), line.urn(),
                    line.name().isBlank() ? "-" : line.name(), getTranslation("childcare.ofsted.outcome."
                            + line.outcome().name()));
            if (!line.problems().isEmpty()) {
                text = text + ": " + String.join("; ", line.problems());
            }
            lines.add(new ListItem(text));
        }
        result.add(lines);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("childcare.ofsted.title");
    }
}
