package org.familyhub.workspace.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.OrganisationSummary;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.BulkTransfer;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ImportReport;
import org.familyhub.workspace.LegacyPageImport;
import org.familyhub.workspace.ListingWorkflow;

/** Editors: export every listing, import a JSON or CSV file (all or nothing, with a report), or an old web page. */
@Route(value = "workspace/transfer", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class TransferView extends Div implements HasDynamicTitle {

    private static final int MAX_BYTES = 20_000_000;

    private final BulkTransfer transfer;
    private final LegacyPageImport legacyPages;
    private final Feedback feedback = new Feedback();

    TransferView(BulkTransfer transfer, LegacyPageImport legacyPages, ListingWorkflow workflow) {
        this.transfer = transfer;
        this.legacyPages = legacyPages;
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getTranslation("editor.transfer.title")),
                feedback);
        add(new Section(new H2(getTranslation("editor.transfer.export")),
                download("listings.json", "application/json", transfer::exportJson, "editor.transfer.exportJson"),
                new Paragraph(), download("listings.csv", "text/csv", transfer::exportCsv, "editor.transfer.exportCsv")));

        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean csv = metadata.fileName().toLowerCase(Locale.ROOT).endsWith(".csv");
            later(() -> importFile(text, csv));
        }));
        file.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        file.setMaxFileSize(MAX_BYTES);
        file.setMaxFiles(1);
        file.setUploadButton(new Button(getTranslation("editor.transfer.upload")));
        // One file at a time, but the button comes back for the next file once this one is read.
        file.addAllFinishedListener(finished -> file.clearFileList());
        add(new Section(new H2(getTranslation("editor.transfer.import")),
                new Paragraph(getTranslation("editor.transfer.importHelp")), file));

        ComboBox<OrganisationSummary> organisation = new ComboBox<>(getTranslation("editor.propose.organisation"));
        organisation.setItems(workflow.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setWidth("24em");
        Upload page = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String html = new String(bytes, StandardCharsets.UTF_8);
            later(() -> legacy(organisation, () -> legacyPages.importPage(html, organisation.getValue().id())));
        }));
        page.setAcceptedFileTypes(".html", ".htm", "text/html");
        page.setMaxFileSize(MAX_BYTES);
        page.setMaxFiles(1);
        page.setUploadButton(new Button(getTranslation("editor.transfer.upload")));
        page.addAllFinishedListener(finished -> page.clearFileList());
        TextField url = new TextField(getTranslation("editor.transfer.legacyUrl"));
        url.setWidth("32em");
        Button fetch = new Button(getTranslation("editor.transfer.legacyFetch"), click -> legacy(organisation,
                () -> legacyPages.importUrl(url.getValue(), organisation.getValue().id())));
        add(new Section(new H2(getTranslation("editor.transfer.legacy")),
                new Paragraph(getTranslation("editor.transfer.legacyHelp")), organisation, page, url, fetch));
    }

    /** Upload callbacks run outside the UI's lock: changes to the page go through {@code UI.access}. */
    private void later(Runnable change) {
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.access(change::run));
    }

    private Anchor download(String fileName, String type, Supplier<String> content, String labelKey) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        return link;
    }

    void importFile(String text, boolean csv) {
        feedback.attempt(getTranslation("editor.problems"), () -> {
            ImportReport report = csv ? transfer.importCsv(text) : transfer.importJson(text);
            if (report.imported()) {
                feedback.done(getTranslation("editor.transfer.imported",
                        report.counts().getOrDefault(ImportReport.Outcome.ADDED, 0),
                        report.counts().getOrDefault(ImportReport.Outcome.UPDATED, 0),
                        report.counts().getOrDefault(ImportReport.Outcome.UNCHANGED, 0)));
            } else {
                List<String> lines = report.refused().stream().map(line -> getTranslation("editor.transfer.line",
                        line.row(), line.name() == null ? line.id() : line.name(),
                        String.join("; ", line.problems()))).toList();
                feedback.problems(getTranslation("editor.transfer.refused"), lines);
            }
        });
    }

    private void legacy(ComboBox<OrganisationSummary> organisation, Supplier<Draft> work) {
        if (organisation.getValue() == null) {
            organisation.setInvalid(true);
            organisation.setErrorMessage(getTranslation("editor.propose.organisation"));
            return;
        }
        feedback.attempt(getTranslation("editor.problems"), () -> {
            Draft draft = work.get();
            getUI().ifPresent(ui -> ui.navigate("workspace/drafts/" + draft.id()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.transfer.title");
    }
}
