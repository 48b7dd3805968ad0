package org.familyhub;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded random requests, bounded in size, against every public endpoint and page of the real
 * running portal (a random port, real servers): odd, huge, negative, unicode and hostile parameter values,
 * unknown ids and paths, bodies posted at the public forms' addresses. No answer may be a 5xx, and no body may
 * show a stack trace or the portal's insides. Repeat a failing run with {@code -Dfuzz.seed=…}; change the
 * number with {@code -Dfuzz.requests=…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicEndpointsFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_500);
    private static final List<String> INTERNALS = List.of("org.familyhub", "Exception", "at java.", "Whitelabel",
            "springframework", "jakarta.", "hibernate", "SQLState");
    private static final String SERVICE = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String VENUE = "028183d8-1331-5374-8f0e-e38531737e61";
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "locality", "town", "postcode", "near", "lat",
            "lon", "radius_km", "age", "category", "level", "free", "max_cost", "delivery", "access", "day", "time",
            "accessibility", "send", "language", "sort", "page", "size", "view", "lang");
    private static final List<String> ORUK_PARAMETERS = List.of("page", "per_page", "search", "postcode",
            "proximity", "taxonomy_term_id", "taxonomy_id", "vocabulary", "organization_id", "modified_after",
            "minimum_age", "maximum_age", "full_service", "sort_by", "order");
    private static final List<String> ODD_VALUES = List.of("", " ", "-1", "0", "1", "2", "50", "51", "1001",
            "99999999999999999999", "-0", "1e309", "NaN", "Infinity", "0x10", "1.5", "true", "false", "TRUE", "yes",
            "MO", "XX", "morning", "evening", "night", "relevance", "distance", "name", "random", "crewe-nantwich",
            "congleton", "Crewe", "CW1 3AB", "CW1", "SK11 6AB", "ZZ99 9ZZ", "SW1A 1AA", "pregnancy-and-babies", "send",
            "en", "pl", "xx", "list", "map", "wheelchair-access", "in-person", "online", "drop-in", "stay and play",
            "autism", "zażółć gęślą jaźń", "日本語", "😀😀", "<script>window.x=1</script>", "</script><!--",
            "' OR '1'='1", "\"; drop table service; --", "%", "%%", "_", "\\", "../../etc/passwd", "..%2F..%2F",
            "\u0000", "\u2028", "\r\nX-Injected: 1", "${jndi:ldap://x}", "{{7*7}}", "null", "undefined", "[]", "{}",
            "2024-01-01", "2024-13-45T99:99:99Z", SERVICE, VENUE, UUID.randomUUID().toString());

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void thousandsOfOddRequestsGetNoServerErrorAndShowNoInsides() throws Exception {
        Random random = new Random(SEED);
        List<Supplier<HttpRequest>> shapes = shapes(random);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = shapes.get(random.nextInt(shapes.size())).get();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = problem(response);
            if (problem != null) {
                failures.add(request.method() + " " + request.uri() + " → " + response.statusCode() + ": " + problem);
            }
        }

        System.out.printf("Fuzz seed %d, %d requests, answers by status: %s%n", SEED, REQUESTS, statuses);
        assertThat(failures).as("seed %d; first failures", SEED).isEmpty();
        assertThat(statuses.keySet()).as("the fuzz reached the endpoints, not only a wall of errors").contains(200);
    }

    private static String problem(HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            return "server error " + excerpt(response.body(), 0);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/pdf") || type.startsWith("application/gzip")) {
            return null;
        }
        for (String internal : INTERNALS) {
            int at = response.body().indexOf(internal);
            if (at >= 0) {
                return "shows '" + internal + "': " + excerpt(response.body(), at);
            }
        }
        return null;
    }

    private static String excerpt(String body, int at) {
        int from = Math.max(0, at - 80);
        return body.substring(from, Math.min(body.length(), from + 240)).replaceAll("\\s+", " ");
    }

    /** Each shape makes one kind of request with fresh random parts. */
    private List<Supplier<HttpRequest>> shapes(Random random) {
        List<Supplier<HttpRequest>> shapes = new ArrayList<>();
        shapes.add(() -> get("/api/search?" + query(random, SEARCH_PARAMETERS)));
        shapes.add(() -> get("/api/search?" + query(random, SEARCH_PARAMETERS)));
        shapes.add(() -> get("/api/search/suggest?q=" + encode(value(random))));
        shapes.add(() -> get("/search?" + query(random, SEARCH_PARAMETERS)));
        shapes.add(() -> get("/api/oruk/" + pick(random, "", "services", "organizations", "taxonomies",
                "taxonomy_terms", "service_at_locations", "openapi.json") + "?" + query(random, ORUK_PARAMETERS)));
        shapes.add(() -> get("/api/oruk/" + pick(random, "services", "organizations", "taxonomies", "taxonomy_terms",
                "service_at_locations") + "/" + segment(random)));
        shapes.add(() -> get("/" + pick(random, "services", "venues", "localities", "categories", "feedback",
                "inbox/request", "workspace/drafts", "workspace/edit") + "/" + segment(random)));
        shapes.add(() -> get("/" + pick(random, "", "centres", "shortlist", "ask-for-help", "login", "refer",
                "account", "admin/mailbox", "inbox", "workspace", segment(random)) + "?" + query(random,
                List.of("ids", "service", "q", "lang", "continue", "error", "v-r", "location"))));
        shapes.add(() -> get("/leaflets/" + pick(random, "localities", "categories", segment(random)) + "/"
                + pick(random, "crewe-nantwich", "congleton", "send", "pregnancy-and-babies", segment(random))
                + ".pdf?lang=" + encode(value(random))));
        shapes.add(() -> get("/sitemaps/" + pick(random, "pages", "services-1", "services-0", "services-99999999",
                "services-" + segment(random), segment(random)) + ".xml.gz"));
        shapes.add(() -> get("/calendar/" + pick(random, SERVICE, segment(random)) + "/"
                + pick(random, VENUE, segment(random)) + "/" + pick(random, "0", "1", "-1", "99999999999",
                segment(random)) + ".ics"));
        shapes.add(() -> get("/" + pick(random, "sitemap.xml", "robots.txt", "error", "favicon.ico",
                "styles/portal.css", "VAADIN/" + segment(random), "api/" + segment(random), "api/admin/feeds",
                "api/feedback/surveys/" + segment(random) + "/results.csv")));
        shapes.add(() -> post("/" + pick(random, "ask-for-help", "feedback/service-feedback", "login", "",
                "search", "api/search", "api/oruk/services", "?v-r=uidl&v-uiId=" + random.nextInt(5),
                "?v-r=init&location=" + encode(value(random)), "?v-r=heartbeat&v-uiId=0"),
                pick(random, "application/x-www-form-urlencoded", "application/json", "text/plain"),
                body(random)));
        // Saved searches: the forms' and mail programs' posts, and the alert pages with odd tokens and steps.
        shapes.add(() -> post("/" + pick(random, "api/alerts", "api/alerts/confirm", "api/alerts/unsubscribe"),
                pick(random, "application/x-www-form-urlencoded", "multipart/form-data", "text/plain"),
                query(random, List.of("email", "query", "language", "token", "List-Unsubscribe"))));
        shapes.add(() -> get("/" + pick(random, "alerts/" + pick(random, "sent", "confirm", "unsubscribe", "gone",
                segment(random)), "api/alerts/unsubscribe") + "?" + query(random, List.of("token", "query"))));
        return shapes;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").GET().build();
    }

    private HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String query(Random random, List<String> names) {
        List<String> pairs = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(10) == 0 ? text(random, 12) : names.get(random.nextInt(names.size()));
            pairs.add(encode(name) + "=" + encode(value(random)));
        }
        return String.join("&", pairs);
    }

    private static String value(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> text(random, 1 + random.nextInt(random.nextInt(8) == 0 ? 400 : 30));
            case 1 -> String.valueOf(random.nextInt(2_000_001) - 1_000_000);
            default -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        };
    }

    private static String segment(Random random) {
        return encode(random.nextBoolean() ? value(random) : text(random, 1 + random.nextInt(40)))
                .replace("+", "%20");
    }

    private static String body(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> query(random, List.of("name", "email", "phone", "postcode", "username", "password", "_csrf"));
            case 1 -> "{\"" + text(random, 8) + "\": " + pick(random, "1", "null", "[]", "\"" + text(random, 20) + "\"")
                    + "}";
            case 2 -> "[{\"type\":\"event\",\"node\":" + random.nextInt(100) + ",\"event\":\"click\"}]";
            default -> text(random, random.nextInt(2_000));
        };
    }

    /** Any characters, printable or not, Latin, Polish, CJK and emoji. */
    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(10);
            int codePoint = kind < 5 ? 32 + random.nextInt(95) : kind < 7 ? random.nextInt(0x250)
                    : kind < 8 ? 0x4E00 + random.nextInt(500) : kind < 9 ? 0x1F600 + random.nextInt(50)
                    : random.nextInt(0xD7FF);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
