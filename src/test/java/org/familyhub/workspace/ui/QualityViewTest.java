package org.familyhub.workspace.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.shared.SavedWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' data quality tasks (#20): counts by kind, 20 tasks to a page read from the database, each linking
 * to the listing's edit page, dismissed only with a reason. The tasks are written straight into the table; the
 * checks that find them are QualityChecksTest's.
 */
@PortalTest
@ViewPackages(classes = {QualityView.class, WorkspaceView.class})
class QualityViewTest extends SpringBrowserlessTest {

    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");
    /** The tests' clock: 08:00 on 2 December 2026, UK time. */
    static final Instant FOUND = Instant.parse("2026-12-02T08:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    final UUID listing = UUID.randomUUID();

    @BeforeEach
    void twentyFiveTasksAboutOneListing() {
        jdbc.sql("delete from quality_task").update();
        jdbc.sql("insert into service (id, organization_id, name, status) values (?, ?, 'Quality view stay and play', 'active')")
                .params(listing, CONNEXIONS).update();
        for (int i = 0; i < 25; i++) {
            String kind = i < 4 ? "DUPLICATE" : "BAD_PHONE";
            jdbc.sql("""
                    insert into quality_task (id, service_id, kind, detail_key, details, found_at, last_run)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), listing, kind, i == 3 ? CONNEXIONS_CREWE.toString() : "key " + i,
                            "Problem number " + i + ".",
                            Timestamp.from(FOUND.plusSeconds(i)), UUID.randomUUID()).update();
        }
        SignedIn.as(accounts, "editor");
    }

    @AfterEach
    void removeListing() {
        SignedIn.out();
        jdbc.sql("delete from service where id = ?").param(listing).update();
    }

    List<ListItem> tasks() {
        return $(ListItem.class).from($(UnorderedList.class).withClassName("quality-task-list").single()).all();
    }

    @Test
    void anEditorSeesCountsByKindAndTwentyTasksAPageEachLinkingToTheListing() {
        navigate("workspace", WorkspaceView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("workspace/quality");
        navigate("workspace/quality", QualityView.class);

        assertThat(PageText.of($(Section.class).id("quality-counts"))).contains("Likely duplicate: 4",
                "Phone number not a UK number: 21", "Broken web link: 0", "Review overdue: 0");
        assertThat($(H2.class).from($(Section.class).id("quality-tasks")).single().getText())
                .isEqualTo("Open tasks (25)");
        assertThat(tasks()).hasSize(20);
        ListItem first = tasks().getFirst();
        assertThat($(Anchor.class).from(first).single().getHref()).isEqualTo("workspace/edit/" + listing);
        assertThat(PageText.of(first)).contains("Quality view stay and play", "Phone number not a UK number: Problem number 4.",
                "Found 2 December 2026, 08:00");

        test($(Button.class).withText("Next page").single()).click();
        assertThat(tasks()).hasSize(5);
        ListItem duplicate = tasks().getLast();
        assertThat(PageText.of(duplicate)).as("by kind, then oldest first").contains("Likely duplicate: Problem number 3.",
                "Open the other listing").doesNotContain(CONNEXIONS_CREWE.toString());
        assertThat($(Anchor.class).from(duplicate).all()).extracting(Anchor::getHref)
                .containsExactly("workspace/edit/" + listing, "workspace/edit/" + CONNEXIONS_CREWE);
    }

    @Test
    void aTaskIsDismissedOnlyWithAReason() {
        navigate("workspace/quality", QualityView.class);
        ListItem first = tasks().getFirst();
        Button dismiss = $(Button.class).from(first).single();

        test(dismiss).click();
        TextField reason = $(TextField.class).from(first).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why this is not a problem.");
        assertThat(PageText.of($(Section.class).id("quality-counts"))).contains("Phone number not a UK number: 21");

        reason.setValue("Two sessions of one group, listed apart on purpose.");
        test(dismiss).click();
        assertThat(PageText.of($(Section.class).id("quality-counts"))).contains("Phone number not a UK number: 20");
        assertThat($(H2.class).from($(Section.class).id("quality-tasks")).single().getText())
                .isEqualTo("Open tasks (24)");
        assertThat(jdbc.sql("select dismissed_reason from quality_task where dismissed_at is not null")
                .query(String.class).list()).containsExactly("Two sessions of one group, listed apart on purpose.");
    }

    /**
     * The checks save what they found as a message key and values, so a Polish editor reads Polish (dates too);
     * tasks saved before that (an English sentence, as in {@link #twentyFiveTasksAboutOneListing}) still read.
     */
    @Test
    void aPolishEditorReadsTheDetailsInPolishAndOlderTasksAsTheyWereWritten() {
        jdbc.sql("delete from quality_task").update();
        task("BAD_PHONE", "venue", SavedWords.of("quality.detail.venuePhone", "Sala parafialna", "12345"), 1);
        task("PAST_REVIEW", "review", SavedWords.of("quality.detail.lastChecked", LocalDate.of(2026, 1, 1)), 2);
        task("BROKEN_LINK", "link", SavedWords.of("quality.detail.linkNoAnswer", "https://example.org/", 1), 3);
        task("NO_MAIL_DOMAIN", "old", SavedWords.read("hello@nowhere.example: an older English sentence."), 4);

        navigate("workspace/quality", QualityView.class);
        assertThat(PageText.of($(Section.class).id("quality-tasks"))).contains(
                "The venue “Sala parafialna”: “12345” is not a UK phone number.",
                "Last checked 1 January 2026: listings are checked every six months.",
                "https://example.org/ gives no answer within 1 second, or is not a public web address.");

        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        try {
            navigate("workspace", WorkspaceView.class);
            navigate("workspace/quality", QualityView.class);
            assertThat(PageText.of($(Section.class).id("quality-tasks"))).contains(
                    "Miejsce „Sala parafialna”: „12345” nie jest brytyjskim numerem telefonu.",
                    "Ostatnio sprawdzono 1 stycznia 2026: wpisy sprawdza się co sześć miesięcy.",
                    "https://example.org/ nie odpowiada w ciągu 1 sekundy albo nie jest publicznym adresem internetowym.",
                    "hello@nowhere.example: an older English sentence.");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    void task(String kind, String key, SavedWords details, int second) {
        jdbc.sql("""
                insert into quality_task (id, service_id, kind, detail_key, details, found_at, last_run)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), listing, kind, key, details.stored(),
                        Timestamp.from(FOUND.plusSeconds(second)), UUID.randomUUID()).update();
    }
}
