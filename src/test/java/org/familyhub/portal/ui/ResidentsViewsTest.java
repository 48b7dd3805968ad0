package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Can I use this from my postcode?" on the results and the service's page (#18). */
@PortalTest
@ViewPackages(classes = HomeView.class)
class ResidentsViewsTest extends SpringBrowserlessTest {

    static final String STAY_AND_PLAY_CONGLETON = "967e5202-b7da-5f38-b8f0-794dc09ac830";
    static final String HOLIDAY_ACTIVITIES = "deef5443-61b5-59b1-a7ca-eb592d53ac2e";
    static final String NOT_YOURS = "Only for families living in Congleton, not in Crewe and Nantwich.";

    @Test
    void fromACrewePostcodeOnlyTheCardsOfServicesForOtherLocalitiesSaySoAndTheBoxLeavesThemOut() {
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play&postcode=CW1+3AB&town=Congleton"));
        assertThat(cards()).filteredOn(card -> card.startsWith("Stay and Play at Congleton")).singleElement()
                .satisfies(card -> assertThat(card).contains(NOT_YOURS));
        assertThat(PageText.of($(FilterPanel.class).single()))
                .contains("Hide services only for families living outside Crewe and Nantwich");

        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play&postcode=CW1+3AB&town=Crewe"));
        assertThat(cards()).filteredOn(card -> card.startsWith("Stay and Play at Monks Coppenhall")).singleElement()
                .satisfies(card -> assertThat(card).doesNotContain("Only for families"));

        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play&postcode=CW1+3AB&can_use=true"));
        assertThat(cards()).isNotEmpty().noneMatch(card -> card.contains("Only for families"));
        assertThat(PageText.of(UI.getCurrent().getChildren().findFirst().orElseThrow()))
                .contains("Only services I can use");

        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play"));
        assertThat(cards()).as("where the family lives is not known").noneMatch(card -> card.contains("Only for"));
        assertThat(PageText.of($(FilterPanel.class).single())).doesNotContain("Hide services only for");
    }

    @Test
    void aServiceForCongletonFamiliesSaysSoAndAnswersThePostcodeAParentTypes() {
        navigate(ServiceView.class, STAY_AND_PLAY_CONGLETON);
        assertThat(check()).startsWith("For families living in Congleton.").contains("Can I use it? Your postcode");

        UI.getCurrent().navigate("services/" + STAY_AND_PLAY_CONGLETON, QueryParameters.fromString("postcode=cw13ab"));
        assertThat(check()).contains("CW1 3AB is in Crewe and Nantwich: this service is not for families living there.");

        UI.getCurrent().navigate("services/" + STAY_AND_PLAY_CONGLETON, QueryParameters.fromString("postcode=CW12+1AA"));
        assertThat(check()).contains("CW12 1AA is in Congleton: you can use this service.");

        UI.getCurrent().navigate("services/" + STAY_AND_PLAY_CONGLETON, QueryParameters.fromString("postcode=M1+1AA"));
        assertThat(check()).contains("We could not find M1 1AA in our area.");
    }

    @Test
    void aServiceForEveryFamilyInTheAreaAsksNothing() {
        navigate(ServiceView.class, HOLIDAY_ACTIVITIES);
        assertThat($(ResidentsCheck.class).all()).isEmpty();
    }

    private List<String> cards() {
        return $(ServiceCardView.class).all().stream().map(PageText::of).toList();
    }

    private String check() {
        return PageText.of($(ResidentsCheck.class).single());
    }
}
