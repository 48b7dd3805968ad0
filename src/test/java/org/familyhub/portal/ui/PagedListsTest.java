package org.familyhub.portal.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import org.familyhub.Outbox;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.directory.Cost;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.ServicePage;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.search.SyntheticDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locality, category and venue pages show 20 services a page, addressed by {@code ?page=}, with plain
 * links between pages; nothing beyond the page is built, however large the directory grows.
 */
@PortalTest
@ViewPackages(classes = HomeView.class)
class PagedListsTest extends SpringBrowserlessTest {

    private static final String CREWE = "localities/crewe-nantwich";
    private static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.familyhub.directory.Directory directory;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theFirstPageShowsTwentyAndLinksToTheNext() {
        open(CREWE, null);

        assertThat(showing()).isEqualTo("Showing 1 to 20 of 87");
        assertThat(cards()).hasSize(20);
        Nav nav = $(Nav.class).from($(PageLinks.class).single()).single();
        assertThat(nav.getElement().getAttribute("aria-label")).isEqualTo("Pages of this list");
        assertThat(links()).containsEntry("1", CREWE).containsEntry("2", CREWE + "?page=2")
                .containsEntry("5", CREWE + "?page=5").containsEntry("Next page", CREWE + "?page=2")
                .doesNotContainKey("Previous page");
        assertThat(current()).isEqualTo("1");
    }

    @Test
    void aMiddlePageLinksBothWaysAndMarksItself() {
        open(CREWE, "3");

        assertThat(showing()).isEqualTo("Showing 41 to 60 of 87");
        assertThat(cards()).hasSize(20);
        assertThat(links()).containsEntry("Previous page", CREWE + "?page=2")
                .containsEntry("Next page", CREWE + "?page=4").containsEntry("3", CREWE + "?page=3");
        assertThat(current()).isEqualTo("3");
    }

    @Test
    void theLastPageHasTheRestAndNoNext() {
        open(CREWE, "5");

        assertThat(showing()).isEqualTo("Showing 81 to 87 of 87");
        assertThat(cards()).hasSize(7);
        assertThat(links()).doesNotContainKey("Next page").containsEntry("Previous page", CREWE + "?page=4");
    }

    @Test
    void aPageBeyondTheLastOrNonsenseIsCalm() {
        open(CREWE, "99");
        assertThat(showing()).isEqualTo("Showing 81 to 87 of 87");
        assertThat(PageText.of(getCurrentView()))
                .contains("There are no more services after this page.");

        open(CREWE, "99999999999999999");
        assertThat(showing()).isEqualTo("Showing 81 to 87 of 87");

        open(CREWE, "two");
        assertThat(showing()).isEqualTo("Showing 1 to 20 of 87");
        open(CREWE, "-1");
        assertThat(showing()).isEqualTo("Showing 1 to 20 of 87");
    }

    @Test
    void thePagesTogetherHoldEveryServiceOnceInNameOrder() {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            open(CREWE, String.valueOf(page));
            names.addAll(cards());
        }
        assertThat(names).hasSize(87).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(directory.servicesInLocality("crewe-nantwich").stream()
                        .map(ServiceCard::name).toList());
    }

    @Test
    void categoryAndVenuePagesArePagedTheSameWay() {
        open("categories/toddlers", null);
        assertThat(cards()).hasSizeLessThanOrEqualTo(20);
        assertThat(showing()).startsWith("Showing 1 to ");

        open("venues/" + MONKS_CENTRE, null);
        assertThat(cards()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(showing()).isEqualTo("Showing 1 to " + cards().size() + " of " + cards().size());
        assertThat($(Nav.class).from($(PageLinks.class).single()).all()).isEmpty();
    }

    @Test
    void numbersAreWrittenTheBritishOrThePolishWay() {
        ServiceCard card = new ServiceCard(UUID.randomUUID(), "A group", "A provider", null,
                new Cost(true, List.of(), null), List.of(), null, null, List.of(), "active", null);
        ServicePage page = new ServicePage(Collections.nCopies(20, card), 2, 20, 4698);
        open(CREWE, null);

        assertThat(PageText.of(new PageLinks(page, 2, n -> PageLinks.to(LocalityView.class, "crewe-nantwich", n))))
                .startsWith("Showing 21 to 40 of 4,698");

        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        assertThat(PageText.of(new PageLinks(page, 2, n -> PageLinks.to(LocalityView.class, "crewe-nantwich", n)))
                .replace('\u00a0', ' ').replace('\u202f', ' '))
                .startsWith("Pozycje od 21 do 40 z 4 698");
    }

    @Test
    void aLargerDirectoryStillBuildsOnlyOnePageOfCards() {
        int sample = jdbc.sql("select count(*) from service").query(Integer.class).single();
        SyntheticDirectory.growTo(jdbc, sample + 300);
        List<UUID> copies = SyntheticDirectory.copies(jdbc);
        try {
            announce(copies);
            open(CREWE, null);
            assertThat(cards()).hasSize(20);
            assertThat(showing()).isEqualTo("Showing 1 to 20 of " + 87 * (1 + copies.size() / sample));
            assertThat($(ListItem.class).from($(com.vaadin.flow.component.html.Section.class).id("this-week")).all())
                    .hasSizeLessThanOrEqualTo(12);

            open(CREWE, "7");
            assertThat(cards()).hasSize(20);
            assertThat(showing()).startsWith("Showing 121 to 140 of ");
        } finally {
            SyntheticDirectory.shrinkToSample(jdbc);
            announce(copies);
        }
        open(CREWE, null);
        assertThat(showing()).isEqualTo("Showing 1 to 20 of 87");
    }

    /** What an import does after writing services: the outbox then tells the index, the week and the counts. */
    private void announce(List<UUID> ids) {
        transaction.executeWithoutResult(status -> events.publishEvent(new ServicesChanged(Set.copyOf(ids))));
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(120));
    }

    private void open(String path, String page) {
        UI.getCurrent().navigate(path, page == null ? QueryParameters.empty() : QueryParameters.of("page", page));
    }

    private String showing() {
        return $(com.vaadin.flow.component.html.Paragraph.class).withClassName("list-showing").single().getText();
    }

    private List<String> cards() {
        return $(ServiceCardView.class).all().stream().map(card -> org.jsoup.Jsoup.parseBodyFragment(
                card.getElement().getChild(0).getProperty("innerHTML", "")).selectFirst(".service-card-title a").text())
                .toList();
    }

    /** Each link in the page navigation: its words and its address. */
    private Map<String, String> links() {
        Component nav = $(Nav.class).from($(PageLinks.class).single()).single();
        Map<String, String> links = new java.util.LinkedHashMap<>();
        $(RouterLink.class).from(nav).all().forEach(link -> links.put(link.getText(), link.getHref()));
        return links;
    }

    private String current() {
        Component nav = $(Nav.class).from($(PageLinks.class).single()).single();
        return $(RouterLink.class).from(nav).all().stream()
                .filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(RouterLink::getText).findFirst().orElse("");
    }
}
