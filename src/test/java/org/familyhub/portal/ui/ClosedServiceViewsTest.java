package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.portal.ClosedUntilJanuary;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A temporarily closed service's regulars find it, its notice and where to go instead, on every page (#18). */
@PortalTest
@ViewPackages(classes = HomeView.class)
class ClosedServiceViewsTest extends SpringBrowserlessTest {

    static final String MONKS_STAY_AND_PLAY = ClosedUntilJanuary.MONKS_STAY_AND_PLAY;
    static final String UNDERWOOD_STAY_AND_PLAY = ClosedUntilJanuary.UNDERWOOD_STAY_AND_PLAY;
    static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";
    static final String BADGE = "Temporarily closed until 3 January 2027";

    @Autowired
    DirectoryChanges changes;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void closeMonksCoppenhallUntilJanuary() {
        ClosedUntilJanuary.close(changes, index, jdbc);
    }

    @AfterEach
    void reopen() {
        ClosedUntilJanuary.reopen(changes, index, jdbc);
    }

    @Test
    void theServicePageSaysAtTheTopItIsClosedUntilWhenWithItsNoticeAndALinkToTheAlternative() {
        ServiceView view = navigate(ServiceView.class, MONKS_STAY_AND_PLAY);

        Div notice = $(Div.class).withClassName("closure-notice").single();
        assertThat(PageText.of(notice)).isEqualTo("This service is temporarily closed until 3 January 2027."
                + " It opens again the day after.Closed while the hall roof is repaired."
                + "While it is closed, you can go to: Stay and Play at Underwood West");
        assertThat(notice.getClassNames()).contains("notice", "notice-warning");
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("note");
        RouterLink instead = $(RouterLink.class).from(notice).single();
        assertThat(instead.getHref()).isEqualTo("services/" + UNDERWOOD_STAY_AND_PLAY);
        List<Component> parts = view.getChildren().toList();
        Component keyFacts = parts.stream().filter(c -> c.getClassNames().contains("key-facts")).findFirst()
                .orElseThrow();
        assertThat(parts.indexOf(notice)).as("above the key facts").isLessThan(parts.indexOf(keyFacts));
        assertThat(PageText.of(view)).doesNotContain("Please contact them before you go");
    }

    @Test
    void theSearchCardSaysTemporarilyClosedUntilTheDayAndTheOpenOnesDoNot() {
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=&town=Crewe&category=stay-and-play"));

        List<String> cards = $(ServiceCardView.class).all().stream().map(PageText::of).toList();
        assertThat(cards).filteredOn(card -> card.contains("Stay and Play at Monks Coppenhall")).singleElement()
                .satisfies(card -> assertThat(card).contains(BADGE));
        assertThat(cards).filteredOn(card -> card.startsWith("Stay and Play at Underwood West")).singleElement()
                .satisfies(card -> assertThat(card).doesNotContain("Temporarily closed"));
        assertThat(cards.getLast()).as("below the open ones").contains("Stay and Play at Monks Coppenhall");
    }

    @Test
    void itsCentresAndItsLocalitysPagesStillListItMarkedClosed() {
        navigate(VenueView.class, MONKS_CENTRE);
        assertThat($(ServiceCardView.class).all().stream().map(PageText::of))
                .filteredOn(card -> card.contains("Stay and Play at Monks Coppenhall")).singleElement()
                .satisfies(card -> assertThat(card).contains(BADGE));

        UI.getCurrent().navigate("localities/crewe-nantwich", QueryParameters.of("page", "4"));
        assertThat($(ServiceCardView.class).all().stream().map(PageText::of))
                .filteredOn(card -> card.contains("Stay and Play at Monks Coppenhall")).singleElement()
                .satisfies(card -> assertThat(card).contains(BADGE));
    }
}
