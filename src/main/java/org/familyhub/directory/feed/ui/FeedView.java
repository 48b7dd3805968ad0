package org.familyhub.directory.feed.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedImport.FeedSummary;
import org.familyhub.directory.feed.FeedImport.Pull;
import org.familyhub.directory.feed.FeedReport;
import org.familyhub.directory.feed.RecordOutcome;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * Administrators: one publisher's feed. Get its changes or everything now (the pull runs in the background and the
 * page shows its report when it ends), upload its file, and read each of the newest pulls' reports: the counts, and
 * every refused record with the reasons, refused ones first. {@code ?pull=<id>} opens an older report.
 */
@Route(value = "admin/feeds", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class FeedView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** Lines of a report shown besides the refused records, which are all shown. */
    static final int OTHER_LINES = 100;

    private final FeedImport feeds;
    private final DateText dates;
    private final Paragraph running = new Paragraph();
    private final Section report = new Section();
    private final Section history = new Section();
    private @Nullable FeedSummary feed;

    FeedView(FeedImport feeds, DateText dates) {
        this.feeds = feeds;
        this.dates = dates;
        addClassName("admin-feed");
        running.setId("feed-running");
        running.getElement().setAttribute("role", "status");
        report.setId("feed-report");
        history.setId("feed-history");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        feed = Ids.parse(parameter).flatMap(feeds::source).orElseThrow(NotFoundException::new);
        Optional<UUID> chosen = event.getLocation().getQueryParameters().getSingleParameter("pull").flatMap(Ids::parse);
        removeAll();
        add(new Anchor("admin/feeds", getTranslation("feeds.back")), new H1(feed.name()),
                new Paragraph(feed.baseUrl() == null ? getTranslation("feeds.uploadsOnly")
                        : getTranslation("feeds.pulledFrom", feed.baseUrl())),
                new CorrectionsContact(feeds, feed), new WhoWinsChoice(feeds, feed), actions(), running, report,
                history);
        show(chosen.orElse(null));
    }

    private Section actions() {
        Section actions = new Section(new H2(getTranslation("feeds.now")));
        actions.addClassName("feed-actions");
        if (feed.baseUrl() != null) {
            Button changes = new Button(getTranslation("feeds.pullChanges"), click -> pull(false));
            changes.setId("feed-pull-changes");
            Button everything = new Button(getTranslation("feeds.pullEverything"), click -> pull(true));
            everything.setId("feed-pull-everything");
            actions.add(new Paragraph(getTranslation("feeds.pullHelp")), changes, everything);
        }
        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) -> later(() -> upload(bytes))));
        file.setId("feed-upload");
        file.setAcceptedFileTypes(".json", "application/json");
        file.setMaxFiles(1);
        file.setUploadButton(new Button(getTranslation("feeds.uploadButton")));
        actions.add(new Paragraph(getTranslation("feeds.uploadHelp")), file);
        // One file at a time, but the button comes back for the next file once this one is read.
        file.addAllFinishedListener(finished -> file.clearFileList());
        return actions;
    }

    /** Starts a pull away from the page's lock; the page polls until it has ended, then shows the new report. */
    private void pull(boolean everything) {
        UUID id = feed.id();
        if (feeds.importing(id)) {
            running.setText(getTranslation("feeds.busy"));
            return;
        }
        UI ui = UI.getCurrent();
        running.setText(getTranslation("feeds.pulling"));
        ui.setPollInterval(1000);
        Thread.ofVirtual().name("feed-pull-" + id).start(() -> {
            String problem = null;
            try {
                feeds.pull(id, everything);
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
            String failed = problem;
            ui.access(() -> {
                ui.setPollInterval(-1);
                running.setText(failed == null ? getTranslation("feeds.pulled") : getTranslation("feeds.failed", failed));
                show(null);
            });
        });
    }

    private void upload(byte[] bytes) {
        try {
            feeds.importFile(feed.id(), new ByteArrayInputStream(bytes));
            running.setText(getTranslation("feeds.uploaded.done"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            running.setText(getTranslation("feeds.failed", e.getMessage()));
        }
        show(null);
    }

    /** Upload callbacks run outside the UI's lock: changes to the page go through {@code UI.access}. */
    private void later(Runnable change) {
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.access(change::run));
    }

    private void show(@Nullable UUID chosen) {
        List<Pull> pulls = feeds.pulls(feed.id());
        report.removeAll();
        history.removeAll();
        history.add(new H2(getTranslation("feeds.history")));
        if (pulls.isEmpty()) {
            report.add(new Paragraph(getTranslation("feeds.neverPulled")));
            return;
        }
        FeedImport.Holdings holdings = feeds.holdings(feed.id());
        Paragraph held = new Paragraph(getTranslation("feeds.holdings", holdings.listings(), holdings.withLocalEdits()));
        held.setId("feed-holdings");
        report.add(held);
        Pull shown = pulls.stream().filter(p -> p.id().equals(chosen)).findFirst().orElse(pulls.getFirst());
        feeds.report(feed.id(), shown.id()).ifPresent(r -> describe(shown, r));
        UnorderedList list = new UnorderedList();
        for (Pull pull : pulls) {
            String words = getTranslation("feeds.pullLine", dates.dateTime(pull.startedAt(), getLocale()),
                    FeedWords.mode(this, pull.mode()), FeedWords.status(this, pull.status()),
                    FeedWords.counts(this, pull.counts()));
            list.add(new ListItem(pull.id().equals(shown.id()) ? new Paragraph(words)
                    : new Anchor("admin/feeds/" + feed.id() + "?pull=" + pull.id(), words)));
        }
        history.add(list);
    }

    private void describe(Pull pull, FeedReport shown) {
        report.add(new H2(getTranslation("feeds.report", dates.dateTime(pull.startedAt(), getLocale()))),
                new Paragraph(getTranslation("feeds.reportSummary", FeedWords.mode(this, pull.mode()),
                        FeedWords.status(this, shown.status()), FeedWords.counts(this, shown.counts()))));
        if (shown.error() != null) {
            report.add(new Paragraph(getTranslation("feeds.error", shown.error())));
        }
        List<RecordOutcome> refused = shown.withOutcome(RecordOutcome.REJECTED);
        if (!refused.isEmpty()) {
            report.add(new H2(getTranslation("feeds.refused", refused.size())));
            UnorderedList lines = new UnorderedList();
            lines.setId("feed-refused");
            refused.forEach(line -> lines.add(new ListItem(line(line))));
            report.add(lines);
        }
        List<RecordOutcome> others = shown.records().stream()
                .filter(r -> !r.outcome().equals(RecordOutcome.REJECTED)).limit(OTHER_LINES).toList();
        if (!others.isEmpty()) {
            report.add(new H2(getTranslation("feeds.others")));
            UnorderedList lines = new UnorderedList();
            others.forEach(line -> lines.add(new ListItem(line(line))));
            report.add(lines);
        }
        if (shown.truncated()) {
            report.add(new Paragraph(getTranslation("feeds.truncated")));
        }
    }

    private String line(RecordOutcome outcome) {
        String record = outcome.name() != null ? outcome.name()
                : outcome.id() != null ? outcome.id() : getTranslation("feeds.noName");
        String what = getTranslation("feeds.outcome." + outcome.outcome());
        return outcome.reasons().isEmpty() ? getTranslation("feeds.line", record, what)
                : getTranslation("feeds.lineWhy", record, what, String.join("; ", outcome.reasons()));
    }

    @Override
    public String getPageTitle() {
        return feed == null ? getTranslation("feeds.title") : feed.name();
    }
}
