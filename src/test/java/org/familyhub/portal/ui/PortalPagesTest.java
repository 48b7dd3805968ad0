package org.familyhub.portal.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
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

/** Service, shortlist, venue, locality and home pages; the Polish interface. */
@PortalTest
@ViewPackages(classes = HomeView.class)
class PortalPagesTest extends SpringBrowserlessTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String CREWE_AUTISM = "b45ad79e-6860-567d-8e9e-24cf186ab2a0";
    private static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";

    @Autowired
    Mailbox mailbox;

    @AfterEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theHomePageHasTheSearchBoxThisWeekAndTheSafeguardingNotice() {
        HomeView home = navigate(HomeView.class);

        String text = PageText.of(home);
        assertThat($(NativeLabel.class).all()).anyMatch(label -> "search-words".equals(label.getFor().orElse(""))
                && label.getText().equals("What are you looking for?"));
        assertThat(text).contains("On this week", "What this is", "If a child is in immediate danger call 999.",
                "0300 000 010", "Children's centres, family hubs and family centres");
        assertThat(text).contains("Pregnancy and babies", "Toddlers and pre-school children", "Teenagers",
                "Money, work and housing", "Mental health and wellbeing", "Childcare and early education");
    }

    @Test
    void typingInTheSearchBoxOffersSuggestions() {
        navigate(HomeView.class);
        var words = $(Input.class).id("search-words");

        test(words).setValue("stay an");

        assertThat($(com.vaadin.flow.router.RouterLink.class).all()).anyMatch(link ->
                link.getText().toLowerCase(Locale.ROOT).contains("stay and play")
                        && link.getHref().startsWith("search?q="));
    }

    @Test
    void searchingFromTheHomePagePutsTheWordsAndPlaceInTheAddress() {
        navigate(HomeView.class);
        test($(Input.class).id("search-words")).setValue("stay and play");
        test($(Input.class).id("search-place")).setValue("CW1 4RL");
        test($(NativeButton.class).id("search-submit")).click();

        SearchView results = (SearchView) getCurrentView();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("search?").contains("q=stay%20and%20play").contains("postcode=CW1%204RL");
        assertThat(results.results().origin()).isNotNull();
    }

    @Test
    void aServicePageShowsTheNextSessionCalendarFilesAndTheTools() {
        ServiceView view = navigate(ServiceView.class, MONKS_STAY_AND_PLAY);

        String text = PageText.of(view);
        assertThat(text).contains("Next session", "Listen to this page", "Print", "Add to my shortlist",
                "Add to my calendar");
        Anchor calendar = $(Anchor.class).withClassName("calendar-link").first();
        assertThat(calendar.getHref()).matches("calendar/" + MONKS_STAY_AND_PLAY + "/[0-9a-f-]{36}/0\\.ics");
        assertThat($(Anchor.class).withClassName("calendar-link").all()).extracting(Anchor::getHref)
                .as("every session as one calendar").contains("calendar/services/" + MONKS_STAY_AND_PLAY + ".ics");
        assertThat($(MapView.class).all()).isNotEmpty();
        assertThat($(com.vaadin.flow.router.RouterLink.class).all())
                .anyMatch(link -> link.getHref().equals("venues/" + MONKS_CENTRE));
    }

    @Test
    void aServiceGoesOnTheShortlistAndComesOffAgain() {
        navigate(ServiceView.class, MONKS_STAY_AND_PLAY);
        Button toggle = $(Button.class).id("shortlist-toggle");
        assertThat(toggle.getText()).isEqualTo("Add to my shortlist");

        test(toggle).click();

        assertThat(toggle.getText()).isEqualTo("Remove from my shortlist");
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("tool-status").first().getText())
                .isEqualTo("Stay and Play at Monks Coppenhall is on your shortlist.");
        ShortlistView shortlist = navigate(ShortlistView.class);
        assertThat(shortlist.services()).extracting(s -> s.name()).containsExactly("Stay and Play at Monks Coppenhall");
        assertThat($(Anchor.class).id("shortlist-share-link").getHref())
                .isEqualTo("shortlist?ids=" + MONKS_STAY_AND_PLAY);

        test($(Button.class).withClassName("shortlist-remove").first()).click();
        assertThat(shortlist.services()).isEmpty();
        assertThat(PageText.of(shortlist)).contains("Your shortlist is empty");
    }

    @Test
    void aSharedShortlistLinkShowsTheSameServicesToAnyone() {
        UI.getCurrent().navigate("shortlist", QueryParameters.of("ids",
                MONKS_STAY_AND_PLAY + "," + CREWE_AUTISM + ",not-an-id"));
        ShortlistView view = (ShortlistView) getCurrentView();

        assertThat(view.services()).hasSize(2);
        assertThat(PageText.of(view)).contains("Someone shared 2 services with you");
        test($(Button.class).id("shortlist-keep")).click();
        assertThat(navigate(ShortlistView.class).services()).hasSize(2);
    }

    @Test
    void theShortlistIsSentOnlyToAnAddressThatLooksRight() {
        navigate(ServiceView.class, CREWE_AUTISM);
        test($(Button.class).id("shortlist-toggle")).click();
        navigate(ShortlistView.class);
        String bad = "parent-at-example.org";

        test($(EmailField.class).id("shortlist-email")).setValue(bad);
        test($(Button.class).id("shortlist-send")).click();

        assertThat($(Paragraph.class).id("shortlist-email-result").getText())
                .isEqualTo("Enter an e-mail address like name@example.com");
        assertThat(mailbox.to(bad)).isEmpty();

        String good = "shortlist-" + System.nanoTime() + "@example.org";
        test($(EmailField.class).id("shortlist-email")).setValue(good);
        test($(Button.class).id("shortlist-send")).click();

        assertThat($(Paragraph.class).id("shortlist-email-result").getText()).startsWith("Done.");
        assertThat(mailbox.to(good)).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Your shortlist from Cheshire East Family Directory");
            assertThat(email.body()).contains("/services/" + CREWE_AUTISM, "Cost: ", "Where: ",
                    "/shortlist?ids=", "999");
        });
    }

    @Test
    void aVenuePageHasTheWeeksTimetableAndHowToGetThere() {
        VenueView view = navigate(VenueView.class, MONKS_CENTRE);

        String text = PageText.of(view);
        assertThat($(H1.class).single().getText()).isEqualTo("Monks Coppenhall Children's Centre");
        assertThat(text).contains("Children's centre, Crewe, Crewe and Nantwich", "This week's timetable",
                "Getting there", "Buses 1 and 6", "Services that meet here", "Stay and Play at Monks Coppenhall",
                "Get directions");
    }

    @Test
    void aLocalityPageListsItsCentresThisWeekAndALeaflet() {
        LocalityView view = navigate(LocalityView.class, "crewe-nantwich");

        String text = PageText.of(view);
        assertThat(text).contains("Children's centres and family hubs", "Monks Coppenhall Children's Centre",
                "On this week", "All services");
        assertThat($(Anchor.class).id("leaflet-link").getHref()).isEqualTo("leaflets/localities/crewe-nantwich.pdf");
        assertThat(text).doesNotContain("Broken Cross Children's Centre");
    }

    @Test
    void theCentresPageListsEveryLocality() {
        CentresView view = navigate(CentresView.class);

        assertThat(PageText.of(view)).contains("Crewe and Nantwich", "Macclesfield",
                "Monks Coppenhall Children's Centre", "Broken Cross");
    }

    @Test
    void thePolishInterfaceTranslatesTheWordsButNotTheListings() {
        // In the browser the switch reloads the page; here the views are simply created after the change.
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));

        ServiceView service = navigate(ServiceView.class, MONKS_STAY_AND_PLAY);
        assertThat(PageText.of(service)).contains("Stay and Play at Monks Coppenhall",
                "Odsłuchaj tę stronę", "Dodaj do mojej listy", "wtorek", "Koszt");

        CentresView centres = navigate(CentresView.class);
        assertThat($(H1.class).from(centres).single().getText()).isEqualTo("Centra dla dzieci i centra rodzinne");
    }
}
