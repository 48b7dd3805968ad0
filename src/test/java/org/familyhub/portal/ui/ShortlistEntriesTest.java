package org.familyhub.portal.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortlist on screen, on paper and by e-mail gives what a family needs to act on it without the internet. */
@PortalTest
@ViewPackages(classes = HomeView.class)
class ShortlistEntriesTest extends SpringBrowserlessTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String FAMILY_INFORMATION = "5727125b-52ee-5305-b1ff-c59a1e5a1df7";
    private static final String HEALTH_VISITING_CREWE = "a9ddc7cf-1a6e-57a3-ad96-92dcc3178b3c";

    @Autowired
    Mailbox mailbox;

    @AfterEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void eachEntryHasItsNextSessionsByDateTermTimeNoteAddressPhoneRouteInAndPage() {
        String text = PageText.of(shortlist(MONKS_STAY_AND_PLAY, FAMILY_INFORMATION, HEALTH_VISITING_CREWE));

        // Wednesday 2 December 2026: two Tuesdays of the autumn term, then the first of the spring term
        assertThat(text).contains("Next sessions", "Tuesday 8 December, 9:30 to 11:00",
                "Tuesday 15 December, 9:30 to 11:00", "Tuesday 5 January, 9:30 to 11:00",
                "Term time only", "No sessions in the school holidays or half terms.",
                "Monks Coppenhall Children's Centre, Coleridge Way, Crewe, CW1 4RL", "01270 000 010",
                "Just drop in. You do not need to book.", "http://localhost:8080/services/" + MONKS_STAY_AND_PLAY);
        assertThat(text).as("an office gives its hours").contains("Opening hours", "0300 000 012",
                "http://localhost:8080/services/" + FAMILY_INFORMATION);
        assertThat(text).as("paper is read on other days").doesNotContain("Today,", "Tomorrow,");
        assertThat(text.split("Next sessions", -1)).as("Stay and Play and Health Visiting meet; the office does not")
                .hasSize(3);
    }

    @Test
    void theEmailedListCarriesTheSameFacts() {
        shortlist(MONKS_STAY_AND_PLAY, FAMILY_INFORMATION);
        test($(Button.class).id("shortlist-keep")).click();
        navigate(ShortlistView.class);
        String to = "offline-" + System.nanoTime() + "@example.org";

        test($(EmailField.class).id("shortlist-email")).setValue(to);
        test($(Button.class).id("shortlist-send")).click();

        assertThat(mailbox.to(to)).singleElement().satisfies(email -> assertThat(email.body()).contains(
                "- Stay and Play at Monks Coppenhall", "Cost: Free", "Next sessions: Tuesday 8 December, 9:30 to 11:00; Tuesday 15 December, 9:30 to 11:00; Tuesday 5 January",
                "Term time only: No sessions in the school holidays", "Address: Monks Coppenhall Children's Centre,"
                        + " Coleridge Way, Crewe, CW1 4RL", "Phone: 01270 000 010", "How to get it: Just drop in.",
                "Page online: http://localhost:8080/services/" + MONKS_STAY_AND_PLAY,
                "- Family Information Service", "Opening hours: ", "/shortlist?ids=" + MONKS_STAY_AND_PLAY));
    }

    @Test
    void inPolishTheFactsAndDatesArePolish() {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));

        String text = PageText.of(shortlist(MONKS_STAY_AND_PLAY));

        assertThat(text).contains("Najbliższe zajęcia", "wtorek 8 grudnia", "Tylko w czasie roku szkolnego", "Adres",
                "Telefon", "Strona w internecie").doesNotContain("Next sessions", "Term time only", "Tuesday");
    }

    private ShortlistView shortlist(String... ids) {
        UI.getCurrent().navigate("shortlist", QueryParameters.of("ids", String.join(",", ids)));
        return (ShortlistView) getCurrentView();
    }
}
