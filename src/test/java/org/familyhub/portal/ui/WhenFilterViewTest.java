package org.familyhub.portal.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PortalTest;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The "When" group of the search filters, its chip and the address (#18); the clock reads Wednesday 2 December 2026. */
@PortalTest
@ViewPackages(classes = HomeView.class)
class WhenFilterViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchService searchService;
    @Autowired
    ServiceIndex serviceIndex;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexIsReady() {
        long findable = jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')")
                .query(Long.class).single();
        SearchIndexFixture.awaitIndex(serviceIndex, Duration.ofSeconds(90),
                () -> searchService.search(SearchQuery.forText("").size(1).build()).total() == findable);
    }

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theFiltersOfferAnyTimeThisWeekOpenNowAndADayFromToday() {
        search("q=stay+and+play");
        Element form = filterForm();
        assertThat(form.select("#filter-when legend").text()).isEqualTo("When");
        assertThat(form.select("#filter-when label").eachText()).containsExactly("Any time", "This week", "Open now",
                "On a day");
        assertThat(form.getElementById("filter-when-any").hasAttr("checked")).isTrue();
        Element day = form.getElementById("filter-when-on");
        assertThat(day.attr("type")).isEqualTo("date");
        assertThat(day.attr("min")).isEqualTo("2026-12-02");
        assertThat(day.attr("max")).isEqualTo("2027-02-23");
    }

    @Test
    void choosingThisWeekFiltersTheResultsShowsARemovableChipAndKeepsTheAddress() {
        long all = searchService.search(SearchQuery.forText("stay and play").build()).total();
        form("q=stay+and+play&when=this-week");
        assertThat(location()).contains("when=this-week");
        Button chip = $(Button.class).withAttribute("data-filter", "when").single();
        assertThat(chip.getText()).isEqualTo("This week");
        assertThat(filterForm().getElementById("filter-when-this-week").hasAttr("checked")).isTrue();
        long thisWeek = searchService.search(SearchQuery.forText("stay and play").when(SearchQuery.When.THIS_WEEK)
                .build()).total();
        assertThat(thisWeek).isPositive().isLessThanOrEqualTo(all);

        test(chip).click();
        assertThat(location()).doesNotContain("when=");
    }

    @Test
    void aDayTypedWinsOverTheChoiceAndReadsInWordsInEnglishAndPolish() {
        form("q=stay+and+play&when=this-week&on=2027-02-16");
        assertThat(location()).contains("on=2027-02-16").doesNotContain("when=");
        assertThat($(Button.class).withAttribute("data-filter", "when").single().getText())
                .isEqualTo("On Tuesday 16 February");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        search("q=stay+and+play&on=2027-02-16");
        assertThat($(Button.class).withAttribute("data-filter", "when").single().getText())
                .isEqualTo("Dzień: wtorek 16 lutego");
        assertThat(filterForm().select("#filter-when legend").text()).isEqualTo("Kiedy");
    }

    /** The page as the filter form sends it: read the way the form's submission is read. */
    private void form(String formData) {
        search("q=stay+and+play");
        $(FilterPanel.class).single().submit(formData);
    }

    private void search(String query) {
        UI.getCurrent().navigate("search", QueryParameters.fromString(query));
    }

    private Element filterForm() {
        return Jsoup.parseBodyFragment($(FilterPanel.class).single().formHtml()).body();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
