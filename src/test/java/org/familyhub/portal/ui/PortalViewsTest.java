package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@ViewPackages(classes = HomeView.class)
class PortalViewsTest extends SpringBrowserlessTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String SPECIALIST_PARENTING = "dfaefb1e-fc47-5225-b472-55d1ee926f4f";

    @Test
    void theHomePageListsTheFourLocalitiesAndTheTopicsWithLiveCounts() {
        HomeView home = navigate(HomeView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Find help for your family");
        // The tiles are written as HTML, one element a list.
        List<org.jsoup.nodes.Element> tileLinks = $(UnorderedList.class).from(home).all().stream()
                .filter(list -> list.hasClassName("tile-list"))
                .flatMap(list -> Jsoup.parseBodyFragment(list.getElement().getProperty("innerHTML")).select("li.tile")
                        .stream())
                .toList();
        List<String> tiles = tileLinks.stream().map(org.jsoup.nodes.Element::wholeText).toList();
        // Macclesfield's two temporarily closed services are listed, marked closed (#18).
        assertThat(tiles).contains("Crewe and Nantwich87 services", "Congleton77 services",
                "Macclesfield73 services", "Wilmslow, Knutsford and Poynton73 services");
        assertThat(tiles).anyMatch(text -> text.startsWith("Special educational needs")
                || text.startsWith("SEND"));
        assertThat(tileLinks).hasSizeGreaterThanOrEqualTo(4 + 11).allSatisfy(tile -> assertThat(tile.select(
                "a[router-link]").attr("href")).matches("(localities|categories)/[a-z0-9-]+"));
        assertThat(tileLinks).anySatisfy(tile -> assertThat(tile.select("a").attr("href"))
                .isEqualTo("localities/crewe-nantwich"));
    }

    @Test
    void aLocalityPageListsItsServicesWithCostAndPlace() {
        LocalityView view = navigate(LocalityView.class, "crewe-nantwich");

        String text = PageText.of(view);
        assertThat($(H1.class).single().getText()).isEqualTo("Services in Crewe and Nantwich");
        assertThat(text).contains("87 services are open to families living in Crewe and Nantwich",
                "Showing 1 to 20 of 87", "Crewe, Crewe and Nantwich", "Free");
        assertThat($(ServiceList.class).single().getChildren().count()).isEqualTo(20);

        com.vaadin.flow.component.UI.getCurrent().navigate("localities/crewe-nantwich",
                com.vaadin.flow.router.QueryParameters.of("page", "4"));
        text = PageText.of($(ServiceList.class).single());
        assertThat(text).contains("Stay and Play at Monks Coppenhall").doesNotContain("Stay and Play at Broken Cross");
    }

    @Test
    void aChildrensCentreServicePageShowsItsSessionsCostAndVenue() {
        ServiceView view = navigate(ServiceView.class, MONKS_STAY_AND_PLAY);

        String text = PageText.of(view);
        assertThat($(H1.class).single().getText()).isEqualTo("Stay and Play at Monks Coppenhall");
        assertThat(text)
                .contains("CostFree")
                .contains("Monks Coppenhall Children's Centre")
                .contains("Every Tuesday, 9:30 to 11:00")
                .contains("Tuesdays, 9:30am to 11am, term time only")
                .contains("Just drop in")
                .contains("Last checked on 29 July 2026")
                .contains("01270 000 010");
    }

    @Test
    void aProfessionalReferralOnlyServiceSaysHowToGetIt() {
        ServiceView view = navigate(ServiceView.class, SPECIALIST_PARENTING);

        assertThat(PageText.of(view))
                .contains("Ask a professional")
                .contains("Specialist help through children's social care");
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThatThrownBy(() -> navigate(ServiceView.class, "not-a-service"))
                .hasMessageContaining("RouteNotFoundError");
        assertThatThrownBy(() -> navigate(ServiceView.class, "00000000-0000-4000-8000-000000000000"))
                .hasMessageContaining("RouteNotFoundError");
    }
}
