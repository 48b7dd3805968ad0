package org.familyhub.workspace.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.shared.SavedWords;
import org.familyhub.workspace.ListingCalendarFeeds;
import org.familyhub.workspace.NotPermittedException;
import org.familyhub.workspace.calendar.CalendarFeedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provider gives their own service's calendar feed address; another organisation's is not theirs to set. */
@PortalTest
@ViewPackages(classes = WorkspaceView.class)
class CalendarFeedViewTest extends SpringBrowserlessTest {

    /** The demo provider's organisation runs Connexions Crewe, not Stay and Play. */
    private static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");
    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingCalendarFeeds feeds;
    @Autowired
    CalendarFeedStore store;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        SignedIn.out();
        store.remove(CONNEXIONS_CREWE);
        store.remove(MONKS_STAY_AND_PLAY);
    }

    @Test
    void aProviderGivesTheirServicesFeedAddressAndThePageSaysItIsStillToBeRead() {
        SignedIn.as(accounts, "provider");
        navigate(CalendarFeedView.class, CONNEXIONS_CREWE.toString());
        assertThat(texts()).contains("This service has no calendar feed.");

        $(TextField.class).single().setValue("https://calendar.example.org/connexions.ics");
        test($(Button.class).withText("Save address").single()).click();

        assertThat(PageText.of($(Feedback.class).single()))
                .isEqualTo("Saved. The feed will be read within a few minutes.");
        assertThat(texts()).contains("The feed has not been read yet.");
        assertThat(store.find(CONNEXIONS_CREWE).orElseThrow().url())
                .isEqualTo("https://calendar.example.org/connexions.ics");
    }

    @Test
    void anAddressThatIsNotOnTheWebIsRefusedPlainly() {
        SignedIn.as(accounts, "provider");
        navigate(CalendarFeedView.class, CONNEXIONS_CREWE.toString());

        $(TextField.class).single().setValue("file:///etc/passwd");
        test($(Button.class).withText("Save address").single()).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Enter a web address that starts with https:// or http://.");
        assertThat(store.find(CONNEXIONS_CREWE)).isEmpty();
    }

    @Test
    void aProviderMayNotSetAnotherOrganisationsFeedButAnEditorMay() {
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> feeds.set(MONKS_STAY_AND_PLAY, "https://calendar.example.org/monks.ics"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> feeds.feed(MONKS_STAY_AND_PLAY)).isInstanceOf(NotPermittedException.class);
        assertThat(store.find(MONKS_STAY_AND_PLAY)).isEmpty();

        SignedIn.as(accounts, "editor");
        feeds.set(MONKS_STAY_AND_PLAY, "https://calendar.example.org/monks.ics");
        assertThat(store.find(MONKS_STAY_AND_PLAY)).isPresent();
    }

    /** How the last pull went is saved as words to say, so a Polish editor reads it in Polish; older rows as written. */
    @Test
    void theLastPullIsSaidInThePagesLanguage() {
        SignedIn.as(accounts, "provider");
        store.save(CONNEXIONS_CREWE, "https://calendar.example.org/connexions.ics");
        store.pulled(CONNEXIONS_CREWE, Instant.parse("2026-12-02T08:00:00Z"),
                SavedWords.of("calendarFeed.status.sessions", 5), null);
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        try {
            navigate(CalendarFeedView.class, CONNEXIONS_CREWE.toString());
            assertThat(String.join(" ", texts())).contains("5 spotkań.");

            store.pulled(CONNEXIONS_CREWE, Instant.parse("2026-12-02T08:00:00Z"),
                    SavedWords.of("calendarFeed.status.notChanged"), SavedWords.of("calendarFeed.error.status", 404));
            navigate("workspace", WorkspaceView.class);
            navigate(CalendarFeedView.class, CONNEXIONS_CREWE.toString());
            assertThat(String.join(" ", texts()))
                    .contains("i niczego nie zmieniono: adres odpowiedział kodem 404 zamiast kalendarza.");

            jdbc.sql("update service_calendar_feed set last_status = '2 sessions', last_error = null"
                    + " where service_id = ?").param(CONNEXIONS_CREWE).update();
            navigate("workspace", WorkspaceView.class);
            navigate(CalendarFeedView.class, CONNEXIONS_CREWE.toString());
            assertThat(String.join(" ", texts())).as("saved before words were kept").contains(": 2 sessions.");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
