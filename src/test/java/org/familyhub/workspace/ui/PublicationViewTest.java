package org.familyhub.workspace.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import org.familyhub.Outbox;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.Publication;
import org.familyhub.workspace.ListingPublications;
import org.familyhub.workspace.NotPermittedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors choose the days a listing is shown, with British dates, at once (#18). */
@PortalTest
@ViewPackages(classes = WorkspaceView.class)
class PublicationViewTest extends SpringBrowserlessTest {

    static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingPublications publications;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void listAgain() {
        SignedIn.out();
        changes.schedulePublication(MONKS_STAY_AND_PLAY, null, null);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
    }

    @Test
    void anEditorHoldsAListingBackUntilJanuaryAndThePageSaysWhatFamiliesSee() {
        SignedIn.as(accounts, "editor");
        navigate(PublicationView.class, MONKS_STAY_AND_PLAY.toString());
        assertThat(texts()).contains("Families can find this service now.");
        List<DatePicker> dates = $(DatePicker.class).all();
        assertThat(dates).extracting(DatePicker::getLabel).containsExactly("Listed from", "Listed until");
        assertThat(dates).allSatisfy(picker -> assertThat(picker.getLocale().toLanguageTag()).isEqualTo("en-GB"));

        dates.get(0).setValue(LocalDate.of(2027, 1, 4));
        dates.get(1).setValue(LocalDate.of(2027, 3, 31));
        test($(Button.class).withText("Save the dates").single()).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Saved.");
        assertThat(texts()).contains("Families can find this service from 4 January 2027."
                + " It is taken down after 31 March 2027.");
        assertThat(directory.publication(MONKS_STAY_AND_PLAY).orElseThrow()).isEqualTo(new Publication(
                "Stay and Play at Monks Coppenhall", "inactive", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31)));

        navigate(PublicationView.class, MONKS_STAY_AND_PLAY.toString());
        assertThat($(DatePicker.class).all()).extracting(DatePicker::getValue)
                .as("shown again when the page is opened").containsExactly(LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 3, 31));
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedPlainlyAndChangesNothing() {
        SignedIn.as(accounts, "editor");
        navigate(PublicationView.class, MONKS_STAY_AND_PLAY.toString());
        List<DatePicker> dates = $(DatePicker.class).all();
        dates.get(0).setValue(LocalDate.of(2027, 1, 10));
        dates.get(1).setValue(LocalDate.of(2027, 1, 3));
        test($(Button.class).withText("Save the dates").single()).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Listed until: the last day listed must be on or after the first day listed.");
        assertThat(directory.publication(MONKS_STAY_AND_PLAY).orElseThrow()).isEqualTo(new Publication(
                "Stay and Play at Monks Coppenhall", "active", null, null));
    }

    @Test
    void onlyEditorsAndAdministratorsMayChooseTheDaysEvenTheListingsProvider() {
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> publications.schedule(MONKS_STAY_AND_PLAY, LocalDate.of(2027, 1, 4), null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> publications.publication(MONKS_STAY_AND_PLAY))
                .isInstanceOf(NotPermittedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> publications.schedule(MONKS_STAY_AND_PLAY, LocalDate.of(2027, 1, 4), null))
                .isInstanceOf(RuntimeException.class);
        assertThat(directory.publication(MONKS_STAY_AND_PLAY).orElseThrow().status()).isEqualTo("active");

        SignedIn.as(accounts, "admin");
        publications.schedule(MONKS_STAY_AND_PLAY, LocalDate.of(2027, 1, 4), null);
        assertThat(directory.publication(MONKS_STAY_AND_PLAY).orElseThrow().status()).isEqualTo("inactive");
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
