package org.familyhub.portal.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.familyhub.childcare.FindChildcare;
import org.familyhub.childcare.FindChildcare.Criteria;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.index.ServiceIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #19's public pages (find childcare, funded hours, the brokerage form, the SEND Local Offer) as a client
 * without scripts reads them: a plain HTTP GET, whose first response must hold the heading, the results or
 * answers, and each provider's fees and place (issue #13). And the same pages in Polish (issue #18): the family's
 * language chosen in the header is remembered in a cookie, which the server reads for the first response.
 * The same application context as {@link PagesWithoutScriptsTest} and the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class ChildcarePagesWithoutScriptsTest {

    private static final String OAK_TREE = "b8be622f-0b8f-59bf-ba6c-724fde0d881d";
    private static final String CHERRY_TREE = "34fc207b-49d6-5042-8740-519f72950a37";
    private static final String HOLIDAY_CLUB = "aa8272a1-fe9a-51e8-a3fd-b7ae5f6fb967";
    private static final String JOURNEY =
            "/childcare?place=Crewe&km=5&months=18&day=TU&funded=working-parent&vacancy=now&type=childminder";

    @LocalServerPort
    int port;
    @Autowired
    FindChildcare finder;
    @Autowired
    ServiceIndex index;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The sample's childcare facts reach the index after start-up, through the outbox. */
    @BeforeEach
    void childcareIsIndexed() {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(120), () -> finder.find(new Criteria("", 5, 18,
                Set.of("TU"), Set.of(), true, Set.of(), false, 1)).results().stream()
                .map(r -> r.hit().id().toString()).toList().containsAll(List.of(OAK_TREE, CHERRY_TREE)));
    }

    /** The server's copy of the page's main content, as a browser without scripts shows it. */
    private Element main(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en-GB");
        if (language.equals("pl")) {
            request.header("Cookie", "familyhub-lang=pl");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body(), "http://localhost:" + port + path);
        assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(language);
        Element copy = page.getElementById("first-paint");
        assertThat(copy).as("%s has its content in the first response", path).isNotNull();
        assertThat(copy.select("script")).as("nothing in the copy runs").isEmpty();
        assertThat(copy.select("main#main-content h1")).as(path).hasSize(1);
        return copy.selectFirst("main");
    }

    private Element main(String path) throws IOException, InterruptedException {
        return main(path, "en");
    }

    @Test
    void findChildcareShowsTheFormTheCountAndEachProvidersFactsFeesAndPlaceBeforeAnyScript() throws Exception {
        Element main = main(JOURNEY);

        assertThat(main.selectFirst("h1").text()).isEqualTo("Find childcare");
        Element form = main.selectFirst("form[action=childcare]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.selectFirst("#childcare-months").val()).isEqualTo("18");
        assertThat(form.selectFirst("#childcare-day-TU").hasAttr("checked")).isTrue();
        assertThat(form.select("button[type=submit]")).hasSize(1);
        assertThat(main.selectFirst("#childcare-results-heading").text())
                .isEqualTo("1 childcare provider found within 5 km of Crewe");
        Element card = main.selectFirst("#childcare-results .service-card");
        assertThat(card.selectFirst("a[href=services/" + OAK_TREE + "]").text())
                .isEqualTo("Oak Tree Childminding (Wistaston)");
        assertThat(card.text()).contains("Wistaston", "£5.50 an hour, £50.00 a day", "Tuesday: 1 place for under 2",
                "Working parent hours from 9 months", "Good, inspected 12 March 2025");
    }

    @Test
    void aChildcareProvidersOwnPageShowsItsChildcareFactsFeesAndPlaceBeforeAnyScript() throws Exception {
        Element main = main("/services/" + OAK_TREE);

        assertThat(main.selectFirst("h1").text()).isEqualTo("Oak Tree Childminding (Wistaston)");
        assertThat(main.selectFirst("#childcare-facts").text()).contains("Childcare details", "Childminder",
                "£5.50 an hour, £50.00 a day", "Tuesday: 1 place for under 2");
        assertThat(main.text()).contains("Wistaston", "Crewe and Nantwich");
    }

    @Test
    void theFundedHoursCheckersAnswerIsInTheFirstResponse() throws Exception {
        LocalDate born = LocalDate.now(clock).minusMonths(18);
        Element main = main("/childcare/funded-hours?born=" + born + "&working=yes");

        assertThat(main.selectFirst("h1").text()).isEqualTo("Funded childcare hours");
        assertThat(main.selectFirst("#funded-explainer").text()).contains("15 hours for every 3- and 4-year-old");
        assertThat(main.selectFirst("form[action=childcare/funded-hours] input[name=born]").val())
                .isEqualTo(born.toString());
        assertThat(main.selectFirst("#funded-answer").text())
                .contains("Your child might get up to 30 hours a week now");
    }

    @Test
    void theBrokerageFormSaysWhatItIsForAndHowToReachTheServiceBeforeAnyScript() throws Exception {
        Element main = main("/childcare/help");

        assertThat(main.selectFirst("h1").text()).isEqualTo("Ask us to find childcare");
        assertThat(main.text()).contains("the Family Information Service will look for you",
                "If a child is in immediate danger, call 999.", "0300 000 010");
    }

    @Test
    void theLocalOfferItsAreasAServicesAnswersAndYouSaidWeDidAreInTheFirstResponse() throws Exception {
        Element home = main("/local-offer");
        assertThat(home.selectFirst("h1").text()).isEqualTo("SEND Local Offer");
        assertThat(home.select(".local-offer-areas a[href^=local-offer/areas/]")).hasSize(4);

        Element area = main("/local-offer/areas/social-care");
        assertThat(area.selectFirst("h1").text()).isEqualTo("Social care");
        assertThat(area.selectFirst("a[href=services/" + HOLIDAY_CLUB + "#local-offer]").text())
                .isEqualTo("Holiday Club for Disabled Children (Crewe)");
        assertThat(area.text()).contains("Who it is for: Disabled children");

        Element service = main("/services/" + HOLIDAY_CLUB);
        assertThat(service.selectFirst("#local-offer").text()).contains(
                "How does it support children and young people with SEND?",
                "Every child has a plan made with their family.");

        Element said = main("/local-offer/you-said-we-did");
        assertThat(said.selectFirst("h1").text()).isEqualTo("You said, we did");
        assertThat(said.text()).contains("You said", "We did", "It was hard to find out");
    }

    @Test
    void inPolishTheChildcareAndLocalOfferPagesHavePolishHeadingsAndLabels() throws Exception {
        Element find = main(JOURNEY, "pl");
        assertThat(find.selectFirst("h1").text()).isEqualTo("Znajdź opiekę nad dzieckiem");
        assertThat(find.selectFirst("label[for=childcare-place]").text()).isEqualTo("Kod pocztowy lub miasto");
        assertThat(find.selectFirst("label[for=childcare-day-TU]").text()).isEqualTo("Wtorek");
        assertThat(find.selectFirst("#childcare-results-heading").text())
                .isEqualTo("Znaleziono 1 miejsce opieki w promieniu 5 km od Crewe");
        assertThat(find.selectFirst("#childcare-results .service-card").text()).contains("Opłaty");

        Element funded = main("/childcare/funded-hours", "pl");
        assertThat(funded.selectFirst("h1").text()).isEqualTo("Finansowane godziny opieki nad dzieckiem");
        assertThat(funded.selectFirst("label[for=funded-born]").text()).isEqualTo("Data urodzenia dziecka");
        // The rules' own words, from the council's content file, in Polish too.
        assertThat(funded.selectFirst("#funded-explainer").text()).contains("15 godzin dla każdego 3- i 4-latka",
                "Dziecko może otrzymać finansowane godziny od początku semestru");

        Element help = main("/childcare/help", "pl");
        assertThat(help.selectFirst("h1").text()).isEqualTo("Poproś nas o znalezienie opieki nad dzieckiem");
        assertThat(help.text()).contains("Opowiedz nam o dziecku i o opiece, której potrzebujesz.");

        Element home = main("/local-offer", "pl");
        assertThat(home.selectFirst("h1").text()).isEqualTo("Local Offer dla dzieci i młodzieży z SEND");
        assertThat(home.select("h2").eachText()).contains("Znajdź wsparcie według obszaru");

        Element area = main("/local-offer/areas/social-care", "pl");
        assertThat(area.selectFirst("h1").text()).isEqualTo("Opieka społeczna");

        Element said = main("/local-offer/you-said-we-did", "pl");
        assertThat(said.selectFirst("h1").text()).isEqualTo("Wy powiedzieliście, my zrobiliśmy");
        assertThat(said.select("h3").eachText()).contains("Wy powiedzieliście", "My zrobiliśmy");
    }
}
