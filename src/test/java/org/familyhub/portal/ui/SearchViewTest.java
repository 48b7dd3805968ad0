package org.familyhub.portal.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchQuery.SortOrder;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The results page: filters with counts, chips, sort, paging, the address as the state, and no dead ends. */
@PortalTest
@ViewPackages(classes = HomeView.class)
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchService searchService;

    @Autowired
    ServiceIndex serviceIndex;

    /** The sample content is indexed after start-up, through the outbox. */
    @BeforeEach
    void indexIsReady() {
        SearchIndexFixture.awaitIndex(serviceIndex, Duration.ofSeconds(90),
                () -> searchService.search(SearchQuery.forText("").size(1).build()).total() == activeServices());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long activeServices() {
        return jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')").query(Long.class).single();
    }

    private SearchView search(String query) {
        UI.getCurrent().navigate("search", QueryParameters.fromString(query));
        return (SearchView) getCurrentView();
    }

    private Element filterForm() {
        return Jsoup.parseBodyFragment($(FilterPanel.class).single().formHtml()).body();
    }

    private static String label(Element form, String id) {
        return form.select("label[for=" + id + "]").text();
    }

    private static void tick(Element form, String id) {
        form.getElementById(id).attr("checked", true);
    }

    /** Changes the filters' form as a family would, then presses its button: the form sent as a browser encodes it. */
    private void submitFilters(java.util.function.Consumer<Element> choose) {
        Element form = filterForm();
        choose.accept(form);
        $(FilterPanel.class).single().submit(BrowserForm.encode(form));
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void aParentFindsFreeStayAndPlayInCreweOnATuesday() {
        SearchView view = search("q=stay+and+play+crewe&free=true&day=TU");

        assertThat(view.results().total()).isPositive();
        String first = PageText.of($(ServiceCardView.class).first());
        assertThat(first).contains("Stay and Play at Monks Coppenhall", "CostFree", "Crewe, Crewe and Nantwich",
                "Next session", "Tuesday");
        assertThat($(ServiceCardView.class).all()).allSatisfy(card ->
                assertThat(PageText.of(card)).contains("CostFree"));
        assertThat(PageText.of(view)).contains("for \"stay and play crewe\"");
    }

    @Test
    void tickingAFilterPutsItInTheAddressAndNarrowsTheResults() {
        SearchView view = search("q=stay+and+play");
        long before = view.results().total();

        submitFilters(form -> tick(form, "filter-free"));

        assertThat(location()).contains("free=true");
        assertThat(view.state().freeOnly()).isTrue();
        assertThat(view.results().total()).isLessThanOrEqualTo(before).isPositive();
        assertThat($(Button.class).withClassName("chip").all()).extracting(Button::getText).contains("Free only");
    }

    @Test
    void everyFacetOptionSaysHowManyItWouldFind() {
        search("q=");

        Element form = filterForm();
        assertThat(label(form, "filter-locality-crewe-nantwich")).matches("Crewe and Nantwich \\(\\d+\\)");
        assertThat(label(form, "filter-day-TU")).startsWith("Tuesday (");
        assertThat(label(form, "filter-level-1")).startsWith("Open to every family (");
    }

    @Test
    void theFiltersAreOneFormThatKeepsTheWordsAndPlaceAndSaysHowManyBeforeApplying() {
        SearchView view = search("q=stay+and+play&postcode=CW1+4RL&day=TU");
        Element form = filterForm();
        assertThat(form.getElementById("filter-day-TU").hasAttr("checked")).isTrue();
        assertThat(form.select("input[type=hidden][name=q]").val()).isEqualTo("stay and play");
        assertThat(form.select("input[type=hidden][name=postcode]").val()).isEqualTo("CW1 4RL");
        assertThat(form.select("#filter-distance option")).extracting(Element::text).contains("Within 5 km");
        // One server element for every choice: the page's cost does not grow with the number of filters.
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).all()).isEmpty();

        submitFilters(f -> {
            tick(f, "filter-free");
            f.getElementById("filter-day-TU").removeAttr("checked");
            f.getElementById("filter-age").val("3");
        });

        assertThat(location()).contains("q=stay", "postcode=CW1", "free=true", "age=3").doesNotContain("day=");
        assertThat(view.state().freeOnly()).isTrue();
        assertThat(view.state().filters().get("day")).isEmpty();
        assertThat(view.results().total()).isPositive();
    }

    @Test
    void countingWhileTickingIsNotASearchSoFindingNothingIsNotAGap() {
        search("q=group");
        long gaps = gaps();

        $(FilterPanel.class).single().changed("q=zzqxv+wibble&day=SU");
        assertThat(gaps()).isEqualTo(gaps);

        search("q=zzqxv+wibble&day=SU");
        assertThat(gaps()).isEqualTo(gaps + 1);
    }

    private long gaps() {
        return jdbc.sql("select count(*) from search_gap").query(Long.class).single();
    }

    @Test
    void aChipRemovesItsOwnFilterOnly() {
        SearchView view = search("q=group&locality=crewe-nantwich&category=send");

        Button chip = $(Button.class).withClassName("chip").all().stream()
                .filter(b -> "locality:crewe-nantwich".equals(b.getElement().getAttribute("data-filter")))
                .findFirst().orElseThrow();
        assertThat(chip.getAriaLabel()).contains("Remove filter: Crewe and Nantwich");
        test(chip).click();

        assertThat(view.state().filters().get("locality")).isEmpty();
        assertThat(view.state().filters().get("category")).containsExactly("send");
        assertThat(location()).doesNotContain("locality=").contains("category=send");
    }

    @Test
    void whatWasReadOutOfTheWordsIsShownAndCanBeTakenBack() {
        SearchView view = search("q=free%20stay%20and%20play%20in%20Crewe");

        List<Button> understood = $(Button.class).withClassName("chip").all().stream()
                .filter(b -> b.getElement().hasAttribute("data-understood")).toList();
        assertThat(understood).extracting(Button::getText).containsExactly("In or near Crewe", "Free first");
        Button free = understood.get(1);
        assertThat(free.getAriaLabel().orElseThrow()).isEqualTo("Search without \"Free first\"");
        test(free).click();

        assertThat(view.state().notUnderstood()).containsExactly("free");
        assertThat(location()).contains("not_understood=free");
        assertThat($(Button.class).withClassName("chip").all()).extracting(Button::getText)
                .contains("In or near Crewe").doesNotContain("Free first");
    }

    @Test
    void aWordReadInTheDirectorysSpellingIsShownAndCanBeSearchedAsTyped() {
        SearchView view = search("q=playgoup");

        Button spelling = understoodChip("spelling");
        assertThat(spelling.getText()).isEqualTo("\u201cplaygoup\u201d read as \u201cplaygroup\u201d");
        // The name read out begins with the label shown (WCAG 2.5.3) and says what the button does.
        assertThat(spelling.getAriaLabel()).contains("\u201cplaygoup\u201d read as \u201cplaygroup\u201d: search for "
                + "\u201cplaygoup\u201d as typed instead");
        test(spelling).click();

        assertThat(view.state().notUnderstood()).containsExactly("spelling");
        assertThat(location()).contains("not_understood=spelling");
        assertThat($(Button.class).withClassName("chip").all()).extracting(Button::getText)
                .noneMatch(text -> text.contains("read as"));
    }

    @Test
    void theNeedASentenceDescribesIsShownAndCanBeTakenBack() {
        SearchView view = search("q=my%20baby%20keeps%20being%20sick");

        Button need = understoodChip("need");
        assertThat(need.getText()).isEqualTo("Also looking for: health visitor");
        test(need).click();

        assertThat(view.state().notUnderstood()).containsExactly("need");
        assertThat(location()).contains("not_understood=need");
        assertThat($(Button.class).withClassName("chip").all()).extracting(Button::getText)
                .noneMatch(text -> text.startsWith("Also looking for"));
    }

    /** The chip that takes back what was read out of the words as the aspect named ("spelling", "need"). */
    private Button understoodChip(String aspect) {
        return $(Button.class).withClassName("chip").all().stream()
                .filter(b -> aspect.equals(b.getElement().getAttribute("data-understood"))).findFirst().orElseThrow();
    }

    @Test
    void sortingByNameOrdersTheCardsAToZ() {
        SearchView view = search("q=group");
        submitFilters(form -> {
            form.select("input[name=sort]").removeAttr("checked");
            tick(form, "sort-name");
        });

        assertThat(location()).contains("sort=name");
        List<String> names = view.results().hits().stream().map(h -> h.name()).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void distanceSortAppearsOnlyWithAPlaceAndShowsHowFar() {
        search("q=group");
        assertThat(filterForm().getElementById("sort-distance")).isNull();

        SearchView near = search("q=group&postcode=CW1+4RL&sort=distance");
        assertThat(filterForm().getElementById("sort-distance").hasAttr("checked")).isTrue();
        assertThat(near.results().origin()).isNotNull();
        assertThat(PageText.of($(ServiceCardView.class).first())).contains("km away");
        List<Double> distances = near.results().hits().stream().map(h -> h.distanceKm())
                .filter(d -> d != null).toList();
        assertThat(distances).isSorted();
    }

    /**
     * Issue 14: "nearest first" for "stay and play" from CW1 3AB shows stay-and-play sessions only (every card on the
     * page links to one), nearest first, and counts no more than there are.
     */
    @Test
    void nearestFirstForStayAndPlayShowsOnlyStayAndPlaySessions() {
        SearchView view = search("q=stay+and+play&postcode=CW1+3AB&sort=distance");

        java.util.Set<java.util.UUID> stayAndPlay = org.familyhub.search.StayAndPlaySessions.all(jdbc);
        List<java.util.UUID> shown = $(ServiceCardView.class).all().stream()
                .map(card -> Jsoup.parseBodyFragment(String.valueOf(card.getElement().getChild(0)
                        .getPropertyRaw("innerHTML"))).selectFirst("a[href^=" + ServiceView.ROUTE + "/]").attr("href"))
                .map(href -> java.util.UUID.fromString(href.substring(href.lastIndexOf('/') + 1))).toList();
        assertThat(shown).isNotEmpty().allSatisfy(id -> assertThat(stayAndPlay).contains(id));
        assertThat(view.results().total()).isBetween((long) org.familyhub.search.StayAndPlaySessions
                .activeByName(jdbc).size(), (long) stayAndPlay.size());
        assertThat(view.results().hits().stream().map(h -> h.distanceKm()).toList()).isSorted();
    }

    @Test
    void pagesMoveThroughTheResultsAndTheAddressKeepsThePage() {
        SearchView view = search("q=");
        int pages = view.results().totalPages();
        assertThat(view.results().total()).isEqualTo(activeServices());
        assertThat($(ServiceCardView.class).all()).hasSize(10);
        assertThat($(com.vaadin.flow.router.RouterLink.class).id("page-next").getHref()).contains("page=2");

        SearchView second = search("q=&page=2");
        assertThat(second.results().page()).isEqualTo(2);
        assertThat(PageText.of(second)).contains("Page 2 of " + pages);
        assertThat($(com.vaadin.flow.router.RouterLink.class).id("page-previous").getHref()).doesNotContain("page=");

        SearchView beyond = search("q=&page=500");
        assertThat(beyond.state().page()).isEqualTo(pages);
        assertThat($(ServiceCardView.class).all()).isNotEmpty();
    }

    @Test
    void aSearchWidenedToSomeOfTheWordsSaysSo() {
        SearchView view = search("q=zzqxv+breastfeeding");

        assertThat(view.results().someWordsOnly()).isTrue();
        assertThat(PageText.of(view)).contains("Few services match all your words, so we also show ones that match some of them.");
        assertThat(PageText.of(search("q=breastfeeding"))).doesNotContain("Few services match all your words");
    }

    /** A safeguarding concern comes before every automatic answer: where to get help now, before any listing. */
    @Test
    void wordsOfSomeoneAtRiskNowSayWhereToGetHelpAtOnceBeforeTheListings() {
        String abuse = PageText.of(search("q=my+partner+hit+me+last+night"));
        assertThat(abuse).contains("If you need help now", "call 999", "0808 2000 247", "0300 000 010")
                .doesNotContain("116 123");
        assertThat(abuse.indexOf("If you need help now")).isLessThan(abuse.indexOf("services found"));

        String harm = PageText.of(search("q=my+son+wants+to+kill+himself"));
        assertThat(harm).contains("If you need help now", "Samaritans", "116 123").doesNotContain("0808 2000 247");
        // On a phone each number is one tap away.
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(anchor -> anchor.getHref())
                .contains("tel:999", "tel:116123", "tel:0300000010");

        // A child groomed found nothing at all, and said nothing of where to turn.
        String groomed = PageText.of(search("q=my+son+is+being+groomed"));
        assertThat(groomed).contains("If you need help now", "NSPCC", "0808 800 5000", "0300 000 010")
                .doesNotContain("116 123", "0808 2000 247");
        assertThat(groomed.indexOf("If you need help now")).isLessThan(groomed.indexOf("found"));
        assertThat(groomed).as("the helpline's own listing").contains("NSPCC Helpline for Adults Worried About a Child");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(anchor -> anchor.getHref())
                .contains("tel:08088005000");

        // A child hurt by a parent is the one searching: Childline, as well as the NSPCC; tantrum workshops came first.
        String hurt = PageText.of(search("q=my+dad+hits+me"));
        assertThat(hurt).contains("If you need help now", "Childline", "0800 1111", "0808 800 5000")
                .contains("NSPCC Helpline for Adults Worried About a Child").doesNotContain("Tantrums");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(anchor -> anchor.getHref())
                .contains("tel:08001111");

        // Rape found nothing, and said nothing of where to turn: the directory lists no such service.
        String raped = PageText.of(search("q=i+got+raped"));
        assertThat(raped).contains("If you need help now", "999", "0808 500 2222", "0300 000 010")
                .doesNotContain("0808 2000 247", "The services below can help too");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all()).extracting(anchor -> anchor.getHref())
                .contains("tel:08085002222");

        assertThat(PageText.of(search("q=my+toddler+hits+me"))).doesNotContain("If you need help now");
        assertThat(PageText.of(search("q=stay+and+play"))).doesNotContain("If you need help now");
    }

    @Test
    void nothingFoundOffersASpellingWiderSearchAndAPersonToCall() {
        SearchView view = search("q=zzqxv+wibble&free=true&day=SU");

        assertThat(view.results().total()).isZero();
        String text = PageText.of(view);
        assertThat(text).contains("We did not find any services", "Remove your filters and search again",
                "0300 000 010");
        assertThat($(com.vaadin.flow.router.RouterLink.class).id("widen-search").getHref())
                .contains("q=zzqxv").doesNotContain("free").doesNotContain("day");

        SearchView typo = search("q=staay+and+plya");
        assertThat(typo.results().didYouMean()).isNotBlank();
        assertThat(PageText.of(typo)).contains("Did you mean");
    }

    @Test
    void aPostcodeOutsideTheAreaIsExplainedNotIgnored() {
        SearchView view = search("q=group&postcode=ZZ9+9ZZ");

        assertThat(PageText.of(view)).contains("We could not find \"ZZ9 9ZZ\" in Cheshire East");
    }

    @Test
    void nonsenseInTheAddressIsDroppedNotAnError() {
        SearchView view = search("q=group&age=banana&page=-4&sort=sideways&day=XX&lat=999&lon=1");

        assertThat(view.state().age()).isNull();
        assertThat(view.state().page()).isEqualTo(1);
        assertThat(view.state().sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(view.state().filters().get("day")).isEmpty();
        assertThat(view.state().latitude()).isNull();
        assertThat(view.results().total()).isPositive();
    }

    @Test
    void theStateSurvivesARoundTripThroughTheAddress() {
        SearchState state = SearchState.from(QueryParameters.full(Map.of("q", new String[] {"stay and play"},
                "free", new String[] {"true"}, "day", new String[] {"TU", "we"}, "age", new String[] {"2"},
                "postcode", new String[] {"CW1"}, "sort", new String[] {"distance"}, "page", new String[] {"3"},
                "view", new String[] {"map"})));

        SearchState again = SearchState.from(state.toParameters());

        assertThat(again).isEqualTo(state);
        assertThat(state.filters().get("day")).containsExactlyInAnyOrder("TU", "WE");
        assertThat(state.toQuery().postcode()).isEqualTo("CW1");
        assertThat(SearchState.from(QueryParameters.of("postcode", "Crewe")).toQuery().near()).isEqualTo("Crewe");
    }

    @Test
    void theResultCountIsAnnouncedToScreenReaders() {
        search("q=autism");

        var status = $(com.vaadin.flow.component.html.Paragraph.class).id("result-count");
        assertThat(status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(status.getText()).matches("\\d+ services? found for \"autism\"\\.");
    }

    @Test
    void theMapViewKeepsTheWholeList() {
        SearchView view = search("q=stay+and+play&view=map");

        assertThat($(MapView.class).single().markers()).isNotEmpty();
        assertThat($(ServiceCardView.class).all()).hasSize(view.results().hits().size());
    }
}
