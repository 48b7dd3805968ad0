package org.familyhub.privacy.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.privacy.AuditEntry;
import org.familyhub.privacy.Findings;
import org.familyhub.privacy.PersonalDataRequests;
import org.familyhub.shared.DateText;
import org.familyhub.shared.privacy.PersonalRecord;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * Subject access and erasure (#15): an administrator searches by e-mail, phone, name or reference; sees what each
 * part of the portal holds; downloads it as JSON or a readable page; or erases it after a confirmation that names
 * what goes (and a reason, for anything under safeguarding). The audit's newest lines are shown below.
 */
@Route(value = "admin/personal-data", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class PersonalDataView extends Div implements HasDynamicTitle {

    private final PersonalDataRequests requests;
    private final DateText dates;
    private final TextField search = new TextField();
    private final Div message = new Div();
    private final Section results = new Section();
    private final Section log = new Section();
    private @Nullable Findings shown;

    PersonalDataView(PersonalDataRequests requests, DateText dates) {
        this.requests = requests;
        this.dates = dates;
        addClassName("personal-data");
        search.setLabel(getTranslation("privacy.search.label"));
        search.setHelperText(getTranslation("privacy.search.help"));
        search.setId("personal-data-search");
        search.setWidthFull();
        Button find = new Button(getTranslation("privacy.search.button"), click -> search());
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.setId("personal-data-find");
        find.addClickShortcut(Key.ENTER);
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
        message.addClassName("personal-data-message");
        results.setId("personal-data-results");
        log.setId("personal-data-log");
        Div searchRow = new Div(search, find);
        searchRow.addClassName("personal-data-search");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("privacy.intro")), searchRow, message, results,
                log);
        showLog();
    }

    private void search() {
        Optional<Findings> found = requests.search(search.getValue());
        results.removeAll();
        shown = found.orElse(null);
        if (found.isEmpty()) {
            say(getTranslation("privacy.search.tooShort"));
        } else {
            Findings findings = found.get();
            say(findings.isEmpty() ? getTranslation("privacy.search.nothing")
                    : getTranslation("privacy.search.found", findings.total(), findings.areas().size()));
            if (!findings.isEmpty()) {
                showFindings(findings);
            }
        }
        showLog();
    }

    private void showFindings(Findings findings) {
        results.add(new H2(getTranslation("privacy.results.title")));
        if (findings.anySafeguarding()) {
            Paragraph warning = new Paragraph(getTranslation("privacy.results.safeguarding"));
            warning.addClassName("personal-data-safeguarding");
            results.add(warning);
        }
        for (Findings.Area area : findings.areas()) {
            Section group = new Section(new H3(getTranslation("privacy.results.area", area.name(),
                    area.records().size())));
            group.addClassName("personal-data-area");
            UnorderedList list = new UnorderedList();
            area.records().forEach(record -> list.add(item(record)));
            group.add(list);
            results.add(group);
        }
        Anchor json = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = requests.json(findings);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "personal-data.json",
                    "application/json;charset=utf-8", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("privacy.export.json"));
        json.setId("personal-data-json");
        Anchor readable = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = requests.readable(findings);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "personal-data.html",
                    "text/html;charset=utf-8", bytes.length);
        }), AttachmentType.INLINE, getTranslation("privacy.export.readable"));
        readable.setTarget(AnchorTarget.BLANK);
        readable.setId("personal-data-readable");
        Button erase = new Button(getTranslation("privacy.erase.button"), click -> confirm(findings));
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.setId("personal-data-erase");
        Div actions = new Div(json, new Span(" · "), readable, erase);
        actions.addClassName("personal-data-actions");
        results.add(actions);
    }

    private ListItem item(PersonalRecord record) {
        String heading = record.kind() + (record.reference() == null ? "" : " " + record.reference())
                + (record.at() == null ? "" : ", " + dates.dateTime(record.at(), getLocale()));
        ListItem item = new ListItem(new Paragraph(heading));
        if (record.safeguarding()) {
            item.add(new Paragraph(getTranslation("privacy.results.underSafeguarding")));
        }
        DescriptionList fields = new DescriptionList();
        record.fields().forEach((label, value) -> fields.add(new DescriptionList.Term(label),
                new DescriptionList.Description(value)));
        item.add(fields);
        return item;
    }

    private void confirm(Findings findings) {
        if (findings != shown) {
            return;
        }
        Section confirmation = new Section();
        confirmation.setId("personal-data-confirm");
        confirmation.addClassName("personal-data-confirm");
        confirmation.add(new H2(getTranslation("privacy.erase.confirmTitle")));
        confirmation.add(new Paragraph(getTranslation("privacy.erase.confirmIntro", findings.total())));
        UnorderedList what = new UnorderedList();
        findings.areas().forEach(area -> area.records().forEach(record -> what.add(new ListItem(area.name() + ": "
                + record.kind() + (record.reference() == null ? "" : " " + record.reference())))));
        confirmation.add(what, new Paragraph(getTranslation("privacy.erase.keeps")));
        TextArea reason = new TextArea(getTranslation("privacy.erase.reason"));
        reason.setId("personal-data-reason");
        reason.setWidthFull();
        if (findings.anySafeguarding()) {
            confirmation.add(new Paragraph(getTranslation("privacy.erase.safeguarding")));
            reason.setRequiredIndicatorVisible(true);
        }
        Button eraseNow = new Button(getTranslation("privacy.erase.now"), click -> {
            try {
                int erased = requests.erase(findings, reason.getValue());
                results.removeAll();
                shown = null;
                say(getTranslation("privacy.erase.done", erased));
                showLog();
            } catch (IllegalArgumentException missingReason) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("privacy.erase.reasonNeeded"));
            }
        });
        eraseNow.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        eraseNow.setId("personal-data-erase-now");
        Button cancel = new Button(getTranslation("privacy.erase.cancel"), click -> confirmation.removeFromParent());
        confirmation.add(reason, new Div(eraseNow, cancel));
        results.getChildren().filter(child -> "personal-data-confirm".equals(child.getId().orElse(null))).toList()
                .forEach(child -> child.removeFromParent());
        results.add(confirmation);
        reason.focus();
    }

    private void say(String text) {
        message.removeAll();
        message.add(new Paragraph(text));
    }

    private void showLog() {
        log.removeAll();
        log.add(new H2(getTranslation("privacy.log.title")), new Paragraph(getTranslation("privacy.log.intro")));
        List<AuditEntry> entries = requests.recentAudit(10);
        if (entries.isEmpty()) {
            log.add(new Paragraph(getTranslation("privacy.log.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (AuditEntry entry : entries) {
            String line = getTranslation("privacy.log.line", dates.dateTime(entry.at(), getLocale()), entry.actor(),
                    getTranslation("privacy.log.action." + entry.action().name()),
                    getTranslation("privacy.log.by." + entry.searchBy()),
                    entry.counts().isEmpty() ? getTranslation("privacy.log.nothing") : entry.counts());
            list.add(new ListItem(entry.reason() == null ? line
                    : line + " " + getTranslation("privacy.log.reason", entry.reason())));
        }
        log.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
