package org.familyhub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.search.SearchService;
import org.familyhub.search.engine.EmbeddedElasticsearch;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the search engine or the database really stopped, families get calm words and the number to call,
 * never a stack trace, an exception's name or a Whitelabel page, and a request for help is never lost
 * silently. A context of its own (on a real port), because the tests stop its servers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@ViewPackages(packages = "org.familyhub")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServersDownTest extends SpringBrowserlessTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final Set<String> INTERNALS = Set.of("Exception", "org.familyhub", "at java.", "Whitelabel",
            "springframework", "SQL");
    /** See {@code MailServerDownTest}: a second portal context replaces Spring Security's static strategy. */
    private static SecurityContextHolderStrategy sharedContextStrategy;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PortalProperties portal;
    @Autowired
    HelpRequestRepository requests;

    private boolean databaseStopped;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void rememberSecurityStrategy() {
        sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
    }

    @Test
    @Order(1)
    void withTheSearchEngineDownSearchFallsBackToTheDatabaseAndSaysSo() throws Exception {
        context.getBean(EmbeddedElasticsearch.class).stop();
        // Answers kept from searches asked in the last seconds would still be given: these must reach the database.
        context.getBean(SearchService.class).forgetKeptResults();

        HttpResponse<String> api = get("/api/search?q=stay+and+play+monks&size=5", "application/json", "en");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"degraded\":true", MONKS_STAY_AND_PLAY);
        assertCalm(api.body());
        // A whole sentence finds the listings sharing most of its words, not nothing for want of all of them.
        HttpResponse<String> sentence = get("/api/search?q=" + java.net.URLEncoder.encode(
                "is there a baby massage class near me for my 3 month old", java.nio.charset.StandardCharsets.UTF_8)
                + "&size=5", "application/json", "en");
        assertThat(sentence.body()).contains("\"degraded\":true");
        assertThat(firstName(sentence.body())).isEqualTo("Baby Massage Course");
        // Words of one or two letters are left out: "me" and "at" are inside most descriptions ("some", "what").
        HttpResponse<String> small = get("/api/search?q=" + java.net.URLEncoder.encode(
                "my partner shouts at me all the time", java.nio.charset.StandardCharsets.UTF_8), "application/json", "en");
        assertThat(total(small.body())).isPositive().isLessThan(published() / 2);
        // The synonym list's one-way phrases still count: no listing says "hit me", and a parent telling us about
        // violence must find the domestic abuse services, not the groups that share "partner" or "night".
        HttpResponse<String> violence = get("/api/search?q=" + java.net.URLEncoder.encode(
                "my partner hit me last night", java.nio.charset.StandardCharsets.UTF_8) + "&size=5",
                "application/json", "en");
        assertThat(violence.body()).contains("\"degraded\":true");
        assertThat(firstName(violence.body())).containsIgnoringCase("domestic abuse");
        // A town named is where to look first: Audlem's toddler group, 50 km away, came first for saying "toddler" and
        // "activities".
        HttpResponse<String> inTown = get("/api/search?q=" + java.net.URLEncoder.encode("toddler activities knutsford",
                java.nio.charset.StandardCharsets.UTF_8) + "&size=5", "application/json", "en");
        assertThat(inTown.body()).contains("\"degraded\":true");
        assertThat(localities(inTown.body())).hasSize(5).containsOnly("Wilmslow, Knutsford and Poynton");
        HttpResponse<String> suggest = get("/api/search/suggest?q=cre", "application/json", "en");
        assertThat(suggest.statusCode()).isEqualTo(200);
        assertThat(suggest.body()).contains("Crewe");
        HttpResponse<String> oruk = get("/api/oruk/services?search=play", "application/json", "en");
        assertThat(oruk.statusCode()).as(oruk.body()).isEqualTo(200);

        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", "stay and play monks")));
        String page = PageText.of(getCurrentView());
        assertThat(page).contains("Our full search is not working just now", portal.frontDoorPhone(),
                "Monks Coppenhall");
        assertCalm(page);
    }

    @Test
    @Order(2)
    void aRequestThatCannotBeStoredKeepsEveryAnswerSaysSoAndIsSentOnTheNextTry() throws Exception {
        String email = "db-down-" + UUID.randomUUID() + "@example.org";
        fillInEveryStep(email);
        assertThat(PageText.of(getCurrentView())).contains("Step 6 of 6");

        stopDatabase();
        send();

        String page = PageText.of(getCurrentView());
        assertThat(page).contains("We could not send this just now. Your answers are still here.",
                portal.frontDoorPhone(), "Step 6 of 6");
        assertCalm(page);
        assertThat(this.<Boolean>radio("May we share what you told us with the services that can help?").getValue())
                .isTrue();
        back();
        assertThat($(TextField.class).withLabel("E-mail address").single().getValue()).isEqualTo(email);
        back();
        back();
        assertThat($(TextArea.class).withLabel("In your own words, what would help your family?").single()
                .getValue()).isEqualTo("Bedtimes are a battle and I would like some ideas.");
        back();
        back();
        assertThat($(TextField.class).withLabel("Your name").single().getValue()).isEqualTo("Sam Parent");

        startDatabase();
        for (int step = 1; step < 6; step++) {
            continueOn();
        }
        send();

        String text = PageText.of(getCurrentView());
        assertThat(text).contains("We have your request", "What happens next");
        int at = text.indexOf("Your reference is ") + "Your reference is ".length();
        assertThat(requests.findByReference(text.substring(at, at + 12))).isPresent()
                .get().extracting(r -> r.getFamilyEmail()).isEqualTo(email);
    }

    @Test
    @Order(3)
    void withTheDatabaseDownEveryPageAndEndpointAnswersCalmlyInTheFamilysLanguage() throws Exception {
        stopDatabase();
        UI.getCurrent().navigate("services/" + MONKS_STAY_AND_PLAY);
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName()).isEqualTo("ErrorPage");
        String english = PageText.of(getCurrentView());
        assertThat(english).contains("Sorry, this page is not working just now", portal.frontDoorPhone(),
                "If a child is in immediate danger call 999.");
        assertCalm(english);
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("");
        String polish = PageText.of(getCurrentView());
        assertThat(polish).contains("Przepraszamy, ta strona chwilowo nie działa", portal.frontDoorPhone());
        assertCalm(polish);

        HttpResponse<String> shell = get("/services/" + MONKS_STAY_AND_PLAY, "text/html", "en");
        assertThat(shell.statusCode()).as(shell.body()).isIn(200, 503);
        assertCalm(shell.body());
        HttpResponse<String> sitemap = get("/sitemap.xml", "text/html,*/*;q=0.8", "pl");
        assertThat(sitemap.statusCode()).isEqualTo(503);
        assertThat(sitemap.body()).contains("Przepraszamy", portal.frontDoorPhone(), "lang=\"pl\"");
        assertCalm(sitemap.body());
        for (String api : new String[] {"/api/search?q=play", "/api/oruk/services", "/api/oruk/services/"
                + MONKS_STAY_AND_PLAY}) {
            HttpResponse<String> json = get(api, "application/json", "en");
            assertThat(json.statusCode()).as(api).isEqualTo(503);
            assertThat(json.body()).as(api).contains("\"error\"", "\"message\"");
            assertCalm(json.body());
        }
        HttpResponse<String> error = get("/error", "text/html", "en");
        assertThat(error.statusCode()).isEqualTo(200);
        assertCalm(error.body());
    }

    /** A test that failed half way leaves the database running again for the context's orderly shutdown. */
    @AfterEach
    void startDatabaseIfStopped() {
        if (databaseStopped) {
            startDatabase();
        }
    }

    private void fillInEveryStep(String email) {
        UI.getCurrent().navigate("ask-for-help");
        test($(TextField.class).withLabel("Your name").single()).setValue("Sam Parent");
        continueOn();
        test($(IntegerField.class).withLabel("Age of child 1, in years").single()).setValue(4);
        continueOn();
        test($(TextArea.class).withLabel("In your own words, what would help your family?").single())
                .setValue("Bedtimes are a battle and I would like some ideas.");
        continueOn();
        test($(TextField.class).withLabel("Your postcode").single()).setValue("CW1 3AB");
        continueOn();
        @SuppressWarnings("unchecked")
        CheckboxGroup<ContactMethod> methods = $(CheckboxGroup.class).withLabel("How may we contact you?").single();
        methods.setValue(Set.of(ContactMethod.EMAIL));
        test($(TextField.class).withLabel("E-mail address").single()).setValue(email);
        radio("Is it safe for us to leave a message?").setValue(Boolean.TRUE);
        continueOn();
        radio("May we share what you told us with the services that can help?").setValue(Boolean.TRUE);
    }

    private void continueOn() {
        test($(Button.class).withText("Continue").single()).click();
    }

    private void back() {
        test($(Button.class).withText("Back").single()).click();
    }

    private void send() {
        test($(Button.class).withText("Send my request").single()).click();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String label) {
        return $(RadioButtonGroup.class).withLabel(label).single();
    }

    private static long total(String searchAnswer) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(searchAnswer).path("total").asLong();
    }

    private long published() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from service where status = 'active'").query(Long.class).single();
    }

    private static List<String> localities(String searchAnswer) {
        List<String> localities = new java.util.ArrayList<>();
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(searchAnswer).path("results")
                .forEach(result -> localities.add(result.path("locality").asString()));
        return localities;
    }

    private static String firstName(String searchAnswer) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(searchAnswer).path("results").path(0)
                .path("name").asString();
    }

    private static void assertCalm(String body) {
        assertThat(INTERNALS).allSatisfy(internal -> assertThat(body).doesNotContain(internal));
    }

    private HttpResponse<String> get(String path, String accept, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Accept-Language", language).timeout(Duration.ofSeconds(60)).GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Stops the portal's own MariaDB process on purpose (the supervisor leaves it down); the data stays. */
    private void stopDatabase() {
        context.getBean("embeddedMariaDb", EmbeddedServer.class).stop();
        databaseStopped = true;
    }

    /** Starts the same MariaDB again (same port, same data); the connection pool finds it by itself. */
    private void startDatabase() {
        context.getBean("embeddedMariaDb", EmbeddedServer.class).start();
        databaseStopped = false;
    }
}
