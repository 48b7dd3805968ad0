package org.familyhub.workspace.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyhub.Outbox;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Closure;
import org.familyhub.directory.Directory;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.ServiceCard;
import org.familyhub.workspace.ListingClosures;
import org.familyhub.workspace.ListingClosures.ClosureForm;
import org.familyhub.workspace.NotPermittedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors close a service for a while with British dates, a notice and where to go instead (#18). */
@PortalTest
@ViewPackages(classes = WorkspaceView.class)
class ClosureViewTest extends SpringBrowserlessTest {

    static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    static final UUID UNDERWOOD_STAY_AND_PLAY = UUID.fromString("0af23689-886f-58ad-81b5-dace6d819271");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingClosures closures;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reopen() {
        SignedIn.out();
        changes.reopen(MONKS_STAY_AND_PLAY);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
    }

    @Test
    void anEditorClosesAServiceWithBritishDatesANoticeAndWhereToGoInstead() {
        SignedIn.as(accounts, "editor");
        navigate(ClosureView.class, MONKS_STAY_AND_PLAY.toString());
        List<DatePicker> dates = $(DatePicker.class).all();
        assertThat(dates).extracting(DatePicker::getLabel).containsExactly("Closed from", "Closed until");
        assertThat(dates).allSatisfy(picker -> {
            assertThat(picker.getLocale().toLanguageTag()).isEqualTo("en-GB");
            assertThat(picker.getI18n().getDateFormats()).startsWith("d MMMM yyyy", "d/M/yyyy");
        });

        dates.get(0).setValue(LocalDate.of(2026, 12, 24));
        dates.get(1).setValue(LocalDate.of(2027, 1, 3));
        $(TextArea.class).single().setValue("Closed while the hall roof is repaired.");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceCard> instead = $(ComboBox.class).single();
        instead.setValue(underwood());
        test($(Button.class).withText("Close temporarily").single()).click();

        Closure closure = directory.service(MONKS_STAY_AND_PLAY).orElseThrow().closure();
        assertThat(closure).isEqualTo(new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 3),
                "Closed while the hall roof is repaired.", UNDERWOOD_STAY_AND_PLAY, "Stay and Play at Underwood West"));
        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Saved. Families now see the closure.");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(
                "Closed from 24 December 2026 until 3 January 2027. Go instead to: Stay and Play at Underwood West.");

        navigate(ClosureView.class, MONKS_STAY_AND_PLAY.toString());
        assertThat($(ComboBox.class).single().getValue()).as("kept when saved again")
                .extracting(card -> ((ServiceCard) card).id()).isEqualTo(UNDERWOOD_STAY_AND_PLAY);
        test($(Button.class).withText("Open again now").single()).click();
        assertThat(directory.service(MONKS_STAY_AND_PLAY).orElseThrow().status()).isEqualTo("active");
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedPlainlyAndChangesNothing() {
        SignedIn.as(accounts, "editor");
        navigate(ClosureView.class, MONKS_STAY_AND_PLAY.toString());
        List<DatePicker> dates = $(DatePicker.class).all();

        dates.get(0).setValue(LocalDate.of(2027, 1, 10));
        dates.get(1).setValue(LocalDate.of(2027, 1, 3));
        test($(Button.class).withText("Close temporarily").single()).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Please fix these and try again:"
                + "Closed until: the last day closed must be on or after the first day closed.");
        assertThat(directory.service(MONKS_STAY_AND_PLAY).orElseThrow().status()).isEqualTo("active");
        assertThat(directory.service(MONKS_STAY_AND_PLAY).orElseThrow().closure()).isNull();
    }

    @Test
    void onlyEditorsAndAdministratorsMayCloseAServiceEvenItsProvider() {
        ClosureForm form = new ClosureForm(null, null, "Closed.", null);
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> closures.close(MONKS_STAY_AND_PLAY, form)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> closures.reopen(MONKS_STAY_AND_PLAY)).isInstanceOf(NotPermittedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> closures.close(MONKS_STAY_AND_PLAY, form)).isInstanceOf(RuntimeException.class);

        assertThat(directory.service(MONKS_STAY_AND_PLAY).orElseThrow().status()).isEqualTo("active");
        SignedIn.as(accounts, "admin");
        closures.close(MONKS_STAY_AND_PLAY, form);
        assertThat(directory.service(MONKS_STAY_AND_PLAY).orElseThrow().status()).isEqualTo("temporarily closed");
    }

    private ServiceCard underwood() {
        return closures.alternatives("Underwood West", 0, 50).stream()
                .filter(card -> card.id().equals(UNDERWOOD_STAY_AND_PLAY)).findFirst().orElseThrow();
    }
}
