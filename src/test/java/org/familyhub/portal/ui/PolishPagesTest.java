package org.familyhub.portal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A Polish-speaking parent sees no English interface words": every public page type, asked for in Polish,
 * read as the server sends it (its title, description and link preview, and the page's own element tree in the
 * first paint). Outside elements marked {@code lang="en"} (listing text written by providers, stays English),
 * no text may be an English interface phrase from the bundles, the English name of a topic or other taxonomy
 * term, or hold a word only the English interface uses ("Free", "Every", "services", "this week", …).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class PolishPagesTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";
    /** Words and phrases the English interface says and the Polish one never should. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(Free|free of charge|Every|Every other|"
            + "Term time|term time|services?|Services?|an hour|a session|per session|this week|On this week|Today|"
            + "Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
            + "June|July|August|September|October|November|December|Topics?|Run by|Cost|Where|Ages|years|"
            + "Opening hours|Next session|Find|Search|Results for|near you|across)\\b");

    /** Names the Polish interface keeps as they are, as it keeps the portal's and the area's names. */
    private static final Set<String> PROPER_NAMES = Set.of("Local Offer", "Family Information Service",
            "Family Front Door");
    private static final Pattern ADDRESS = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Set<String> ENGLISH_PHRASES = new HashSet<>();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Every English bundle text whose Polish twin differs, without its placeholders; and every term name. */
    @BeforeAll
    static void englishWords() throws IOException {
        for (Resource english : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:vaadin-i18n/*.properties")) {
            String name = english.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Properties en = load(english);
            Properties pl = load(english.createRelative(name.replace(".properties", "_pl.properties")));
            en.forEach((key, value) -> {
                String text = value.toString().strip();
                if (!text.contains("{") && text.length() > 3 && !text.equals(pl.getProperty(key.toString(), "")
                        .strip())) {
                    ENGLISH_PHRASES.add(text);
                }
            });
        }
        JsonNode taxonomies = JsonMapper.builder().build().readTree(Files.readString(Path.of(
                "content/taxonomies.json")));
        for (JsonNode taxonomy : taxonomies) {
            for (JsonNode term : taxonomy.get("terms")) {
                ENGLISH_PHRASES.add(term.get("name").asString());
            }
        }
        // Words both languages write alike, and the names of statutory services the Polish text keeps.
        ENGLISH_PHRASES.removeAll(Set.of("Online", "Parking", "SEND", "ADHD", "E-mail", "Polski", "English"));
        ENGLISH_PHRASES.removeAll(PROPER_NAMES);
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        if (resource.exists()) {
            try (InputStream in = resource.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    private Document polish(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "pl-PL,pl;q=0.9")
                .header("Cookie", "familyhub-lang=pl").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body(), "http://localhost:" + port + path);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(page.getElementById("first-paint")).as("%s has its content in the first response", path)
                .isNotNull();
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=stay+and+play&postcode=crewe", "/search?category=toddlers",
            "/services/" + MONKS_STAY_AND_PLAY, "/categories/toddlers", "/categories/pregnancy-and-babies",
            "/localities/crewe-nantwich", "/venues/" + MONKS_CENTRE, "/centres",
            "/shortlist?ids=" + MONKS_STAY_AND_PLAY})
    void aPolishPageHasNoEnglishInterfaceWords(String path) throws Exception {
        Document page = polish(path);

        List<String> english = new ArrayList<>();
        englishIn(page.title(), "title", english);
        for (Element meta : page.select("meta[name=description], meta[property^=og:]")) {
            if (!meta.attr("property").equals("og:url") && !meta.attr("property").equals("og:image")) {
                englishIn(meta.attr("content"), "meta " + meta.attr("name") + meta.attr("property"), english);
            }
        }
        for (TextNode text : textNodes(page.getElementById("first-paint"))) {
            englishIn(text.text(), "text", english);
        }
        for (Element labelled : page.getElementById("first-paint").select("[aria-label], [title], [placeholder]")) {
            if (!insideEnglish(labelled)) {
                for (String attribute : List.of("aria-label", "title", "placeholder")) {
                    englishIn(labelled.attr(attribute), attribute, english);
                }
            }
        }
        assertThat(english).as("English interface words on the Polish page %s", path).isEmpty();
    }

    @Test
    void topicNamesAndCountsArePolishWithTheirPluralForms() throws Exception {
        Element home = polish("/").getElementById("first-paint");

        assertThat(home.text()).contains("Ciąża i niemowlęta", "Małe dzieci i przedszkolaki");
        assertThat(home.text()).containsPattern("\\b(1 usługa|[2-4] usługi|(1[2-4]|[5-9]|[1-9][05-9]) usług)\\b");
        assertThat(home.text()).doesNotContainPattern("\\b(2|3|4|22|23|24) usług\\b");
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && !insideEnglish(text.parent())
                    && !(text.parent() instanceof Element parent && parent.tagName().equals("style"))) {
                texts.add(text);
            }
        });
        return texts;
    }

    private static boolean insideEnglish(org.jsoup.nodes.Node node) {
        for (org.jsoup.nodes.Node at = node; at instanceof Element element; at = at.parent()) {
            if (element.hasAttr("lang")) {
                return element.attr("lang").startsWith("en");
            }
        }
        return false;
    }

    private static void englishIn(String text, String where, List<String> english) {
        String stripped = ADDRESS.matcher(text).replaceAll(" ").strip();
        for (String name : PROPER_NAMES) {
            stripped = stripped.replace(name, " ").strip();
        }
        if (stripped.isEmpty()) {
            return;
        }
        if (ENGLISH_PHRASES.contains(stripped)) {
            english.add(where + ": \"" + stripped + "\"");
            return;
        }
        Matcher word = ENGLISH_WORDS.matcher(stripped);
        if (word.find()) {
            english.add(where + ": \"" + word.group() + "\" in \"" + stripped + "\"");
        }
    }
}
