package org.familyhub.portal.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page read as a client without scripts reads it (a plain HTTP GET, no JavaScript): the heading
 * and the main content are in the first response, and its links are plain links to real pages. The same
 * application context as the header and browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class PagesWithoutScriptsTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en-GB").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's copy of the page, as a browser without scripts shows it. */
    private Element firstPaint(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body(), "http://localhost:" + port + path);
        Element copy = page.getElementById("first-paint");
        assertThat(copy).as("%s has its content in the first response", path).isNotNull();
        assertThat(copy.select("script")).as("nothing in the copy runs").isEmpty();
        assertThat(copy.select("main#main-content h1")).as(path).hasSize(1);
        return copy;
    }

    @Test
    void aServicePageSaysWhatItIsWhatItCostsWhereAndWhenBeforeAnyScript() throws Exception {
        Element main = firstPaint("/services/" + MONKS_STAY_AND_PLAY).selectFirst("main");

        assertThat(main.selectFirst("h1").text()).isEqualTo("Stay and Play at Monks Coppenhall");
        assertThat(main.text()).contains("Cost", "Free", "Monks Coppenhall Children's Centre", "9:30 to 11:00",
                "Next session");
        assertThat(main.select("a[href^=venues/]")).isNotEmpty();
    }

    @Test
    void aVenuesWeekListsEachSessionWithItsTimeCostAndALinkBeforeAnyScript() throws Exception {
        Element week = firstPaint("/venues/" + MONKS_CENTRE).selectFirst("#timetable");

        assertThat(week.select(".timetable-day h3")).isNotEmpty();
        Element session = week.selectFirst(".timetable-day li:has(a[href^=services/])");
        assertThat(session.selectFirst("a").hasAttr("router-link")).isTrue();
        assertThat(session.text()).matches("\\d{1,2}:\\d{2} to \\d{1,2}:\\d{2}: .+ · .+");
    }

    @Test
    void resultsShowTheFirstServiceItsCostAndALinkToItsPage() throws Exception {
        Element main = firstPaint("/search?q=stay+and+play+crewe").selectFirst("main");

        Element first = main.selectFirst(".service-card");
        assertThat(first).isNotNull();
        Element title = first.selectFirst(".service-card-title a");
        assertThat(title.attr("href")).startsWith("services/");
        assertThat(title.text()).isNotBlank();
        assertThat(first.text()).containsAnyOf("Free", "£");
        assertThat(main.text()).containsPattern("\\d+ services? found");
    }

    @Test
    void theSearchBoxIsAPlainFormThatSearchesWithoutScripts() throws Exception {
        Element form = firstPaint("/").selectFirst("form[role=search]");

        assertThat(form.attr("action")).isEqualTo("search");
        assertThat(form.attr("method")).isEqualTo("get");
        Element words = form.selectFirst("input[name=q]");
        assertThat(form.selectFirst("label[for=" + words.id() + "]").text()).isEqualTo("What are you looking for?");
        assertThat(form.select("input[name=postcode]")).hasSize(1);
        assertThat(form.select("button[type=submit]")).hasSize(1);

        Element results = firstPaint("/search?q=stay+and+play&postcode=").selectFirst("main");
        assertThat(results.selectFirst("input[name=q]").attr("value")).isEqualTo("stay and play");
        assertThat(results.select(".service-card")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/localities/crewe-nantwich", "/categories/pregnancy-and-babies",
            "/venues/" + MONKS_CENTRE, "/centres", "/shortlist?ids=" + MONKS_STAY_AND_PLAY})
    void eachPublicPageHasItsHeadingContentAndWorkingLinks(String path) throws Exception {
        Element copy = firstPaint(path);
        Element main = copy.selectFirst("main");

        assertThat(main.selectFirst("h1").text()).isNotBlank();
        List<String> links = main.select("a[href]").eachAttr("href").stream()
                .filter(href -> href.startsWith("services/") || href.startsWith("venues/")).limit(2).toList();
        assertThat(links).as("%s links to services or venues", path).isNotEmpty();
        for (String href : links) {
            assertThat(get("/" + href).statusCode()).as(href).isEqualTo(200);
        }
        assertThat(copy.text()).contains("If a child is in immediate danger call 999.");
    }

    @Test
    void aLocalityPageShowsItsFirstServiceCardWithItsCost() throws Exception {
        Element card = firstPaint("/localities/crewe-nantwich").selectFirst(".service-card");

        assertThat(card).isNotNull();
        assertThat(card.selectFirst("a[href^=services/]").text()).isNotBlank();
        assertThat(card.text()).containsAnyOf("Free", "£", "Cost");
    }
}
