package org.familyhub.oruk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import org.familyhub.PortalTest;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.shared.Distance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every parameter of every endpoint, from the standard's own list: a valid value answers 200 and does what the
 * standard says (the answer differs from the unfiltered one in the expected way), or the parameter is refused with
 * 400 and a message; an invalid value is 400. Never 200 with the parameter ignored. Also every {@code /{id}} record
 * against the HSDS schemas, {@code size} on the first, a middle, the last and a page beyond the last of every list,
 * and CORS on every endpoint's answers (200, 400, 404) to requests without an {@code Origin}.
 */
@PortalTest
class OpenReferralParametersTest {

    /**
     * The parameters of each path of the HSDS 3.0 OpenAPI: openreferral/specification, {@code schema/openapi.json}
     * at commit 279fd2e (16 May 2024), written out here (the file itself is not copied). The {@code id} path
     * parameter of the {@code /{id}} paths is left out: it is the path.
     */
    static final Map<String, List<String>> HSDS = ordered(
            "/", List.of(),
            "/services", List.of("search", "page", "per_page", "format", "taxonomy_term_id", "taxonomy_id",
                    "organization_id", "modified_after", "minimal", "full"),
            "/services/{id}", List.of(),
            "/taxonomies", List.of("search", "page", "per_page", "format"),
            "/taxonomies/{id}", List.of(),
            "/taxonomy_terms", List.of("search", "page", "per_page", "format", "taxonomy_id", "top_only", "parent_id"),
            "/taxonomy_terms/{id}", List.of(),
            "/organizations", List.of("search", "full_service", "full", "page", "per_page", "format"),
            "/organizations/{id}", List.of("full_service"),
            "/service_at_locations", List.of("search", "taxonomy_term_id", "taxonomy_id", "organization_id",
                    "modified_after", "full", "page", "per_page", "format", "postcode", "proximity"),
            "/service_at_locations/{id}", List.of());

    /**
     * What the Open Referral UK 3.0 profile adds (OpenReferralUK/uk-profile, {@code schema/openapi.json} at commit
     * ecdfabf, 10 October 2024): the ages, and the schedule filters this API refuses (below).
     */
    static final Map<String, List<String>> UK_PROFILE = ordered(
            "/services", List.of("minimum_age", "maximum_age", "start_time", "end_time", "day"),
            "/service_at_locations", List.of("minimum_age", "maximum_age", "start_time", "end_time", "day"));

    /** The standard's parameters this API answers with 400 and a message saying so, rather than ignore. */
    static final Set<String> REFUSED = Set.of("day", "start_time", "end_time");

    /** Placeholders in the table, replaced by ids and instants read from the API before each row. */
    static final String TERM = "{term}";
    static final String PARENT = "{parent}";
    static final String LATEST = "{latest}";
    static final String ORGANIZATION_NAME = "{organization-name}";

    /** How a row's answer is checked against the answer without the parameter. */
    enum Effect {
        /** A search or filter: a non-empty, smaller part of the whole list (every item, through ndjson). */
        NARROWS,
        /** {@code page=2} (with {@code per_page=3}): the second three of the whole list. */
        SECOND_PAGE,
        /** {@code per_page=3}: three items, the pages counted by three. */
        PAGE_SIZE,
        /** {@code format=ndjson}: every item, one per line, no envelope. */
        NDJSON,
        /** {@code minimal=true}: only id and last_modified. */
        MINIMAL,
        /** {@code full=true} on /services: venues are nested, which the default list item leaves out. */
        FULL_SERVICES,
        /** {@code full=true} on /organizations: each organisation with its services as list items. */
        ORGANIZATIONS_WITH_SERVICES,
        /** {@code full_service=true}: the organisations' services fully nested, with their venues. */
        ORGANIZATIONS_WITH_FULL_SERVICES,
        /** {@code full=true} on /service_at_locations: each item fully nested already, so the same answer. */
        ALREADY_FULL,
        /** {@code postcode}: venues with a place, nearest first. */
        NEAREST_FIRST,
        /** The standard's parameter refused with 400 and a message naming it. */
        REFUSED
    }

    /**
     * One endpoint × parameter: a valid value and its effect, and a value that must be refused. {@code with} are
     * other parameters the row needs (proximity measures from a postcode; a page of three).
     */
    record Row(String endpoint, String parameter, String valid, Effect effect, String invalid, String... with) {
        @Override
        public String toString() {
            return endpoint + "?" + parameter + "=" + valid;
        }
    }

    static final String LONG_TEXT = "a".repeat(201);

    /** The table. {@link #theTableHasARowForEveryParameterOfTheStandard} fails when a row is missing or extra. */
    static final List<Row> ROWS = List.of(
            new Row("/services", "search", "autism", Effect.NARROWS, LONG_TEXT),
            new Row("/services", "page", "2", Effect.SECOND_PAGE, "0", "per_page", "3"),
            new Row("/services", "per_page", "3", Effect.PAGE_SIZE, "x"),
            new Row("/services", "format", "ndjson", Effect.NDJSON, "xml"),
            new Row("/services", "taxonomy_term_id", TERM, Effect.NARROWS, "nope"),
            new Row("/services", "taxonomy_id", OpenReferralEndpointTest.SEND_TAXONOMY, Effect.NARROWS, "123"),
            new Row("/services", "organization_id", OpenReferralEndpointTest.AUTISM_GROUP_ORGANIZATION, Effect.NARROWS,
                    "x"),
            new Row("/services", "modified_after", LATEST, Effect.NARROWS, "yesterday"),
            new Row("/services", "minimal", "true", Effect.MINIMAL, "maybe"),
            new Row("/services", "full", "true", Effect.FULL_SERVICES, "maybe"),
            new Row("/services", "minimum_age", "11", Effect.NARROWS, "-1"),
            new Row("/services", "maximum_age", "5", Effect.NARROWS, "old"),
            new Row("/services", "start_time", "09:00", Effect.REFUSED, "nine"),
            new Row("/services", "end_time", "17:00", Effect.REFUSED, "five"),
            new Row("/services", "day", "MO", Effect.REFUSED, "someday"),

            new Row("/taxonomies", "search", "SEND", Effect.NARROWS, LONG_TEXT),
            new Row("/taxonomies", "page", "2", Effect.SECOND_PAGE, "abc", "per_page", "3"),
            new Row("/taxonomies", "per_page", "3", Effect.PAGE_SIZE, "51"),
            new Row("/taxonomies", "format", "ndjson", Effect.NDJSON, "csv"),

            new Row("/taxonomy_terms", "search", "babies", Effect.NARROWS, LONG_TEXT),
            new Row("/taxonomy_terms", "page", "2", Effect.SECOND_PAGE, "-1", "per_page", "3"),
            new Row("/taxonomy_terms", "per_page", "3", Effect.PAGE_SIZE, "0"),
            new Row("/taxonomy_terms", "format", "ndjson", Effect.NDJSON, "xml"),
            new Row("/taxonomy_terms", "taxonomy_id", OpenReferralEndpointTest.SEND_TAXONOMY, Effect.NARROWS, "send"),
            new Row("/taxonomy_terms", "top_only", "true", Effect.NARROWS, "perhaps"),
            new Row("/taxonomy_terms", "parent_id", PARENT, Effect.NARROWS, "x"),

            new Row("/organizations", "search", ORGANIZATION_NAME, Effect.NARROWS, LONG_TEXT),
            new Row("/organizations", "full_service", "true", Effect.ORGANIZATIONS_WITH_FULL_SERVICES, "maybe"),
            new Row("/organizations", "full", "true", Effect.ORGANIZATIONS_WITH_SERVICES, "maybe"),
            new Row("/organizations", "page", "2", Effect.SECOND_PAGE, "two", "per_page", "3"),
            new Row("/organizations", "per_page", "3", Effect.PAGE_SIZE, "1000"),
            new Row("/organizations", "format", "ndjson", Effect.NDJSON, "csv"),

            new Row("/organizations/{id}", "full_service", "true", Effect.ORGANIZATIONS_WITH_FULL_SERVICES, "maybe"),

            new Row("/service_at_locations", "search", "autism", Effect.NARROWS, LONG_TEXT),
            new Row("/service_at_locations", "taxonomy_term_id", TERM, Effect.NARROWS, "nope"),
            new Row("/service_at_locations", "taxonomy_id", OpenReferralEndpointTest.SEND_TAXONOMY, Effect.NARROWS,
                    "x"),
            new Row("/service_at_locations", "organization_id", OpenReferralEndpointTest.AUTISM_GROUP_ORGANIZATION,
                    Effect.NARROWS, "x"),
            new Row("/service_at_locations", "modified_after", LATEST, Effect.NARROWS, "soon"),
            new Row("/service_at_locations", "full", "true", Effect.ALREADY_FULL, "maybe"),
            new Row("/service_at_locations", "page", "2", Effect.SECOND_PAGE, "0", "per_page", "3"),
            new Row("/service_at_locations", "per_page", "3", Effect.PAGE_SIZE, "x"),
            new Row("/service_at_locations", "format", "ndjson", Effect.NDJSON, "xml"),
            new Row("/service_at_locations", "postcode", "CW1 3AB", Effect.NEAREST_FIRST, "not a postcode"),
            new Row("/service_at_locations", "proximity", "3000", Effect.NARROWS, "-5", "postcode", "CW1 3AB"),
            new Row("/service_at_locations", "minimum_age", "11", Effect.NARROWS, "-1"),
            new Row("/service_at_locations", "maximum_age", "5", Effect.NARROWS, "old"),
            new Row("/service_at_locations", "start_time", "09:00", Effect.REFUSED, "nine"),
            new Row("/service_at_locations", "end_time", "17:00", Effect.REFUSED, "five"),
            new Row("/service_at_locations", "day", "MO", Effect.REFUSED, "someday"));

    /** Each list endpoint, the HSDS entity of its items, and a page size that makes at least three pages. */
    static final Map<String, String> LISTS = ordered(
            "/services", "service", "/taxonomies", "taxonomy", "/taxonomy_terms", "taxonomy_term",
            "/organizations", "organization", "/service_at_locations", "service_at_location");

    @Autowired
    OpenReferralEndpoint endpoint;
    @Autowired
    AreaLookup area;
    @Autowired
    WebApplicationContext context;
    @Autowired
    List<Filter> filters;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
    }

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    static Stream<Arguments> endpoints() {
        return HSDS.keySet().stream().map(Arguments::of);
    }

    @Test
    void theTableHasARowForEveryParameterOfTheStandard() {
        Set<String> standard = new TreeSet<>();
        HSDS.forEach((path, names) -> names.forEach(name -> standard.add(path + "?" + name)));
        UK_PROFILE.forEach((path, names) -> names.forEach(name -> standard.add(path + "?" + name)));
        List<String> tested = ROWS.stream().map(row -> row.endpoint() + "?" + row.parameter()).toList();
        assertThat(tested).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(tested)).as("rows of the table").isEqualTo(standard);
        assertThat(ROWS.stream().filter(row -> row.effect() == Effect.REFUSED).map(Row::parameter))
                .allMatch(REFUSED::contains);
    }

    /** The API's own OpenAPI description lists the same parameters, less those it refuses. */
    @Test
    void theApisOpenApiDescriptionListsWhatTheTableSaysWorks() throws Exception {
        JsonNode paths = json(get("/api/oruk/openapi.json")).get("paths");
        for (String path : HSDS.keySet()) {
            Set<String> works = new TreeSet<>(HSDS.get(path));
            UK_PROFILE.getOrDefault(path, List.of()).stream().filter(name -> !REFUSED.contains(name))
                    .forEach(works::add);
            Set<String> described = new TreeSet<>();
            paths.get(path).get("get").path("parameters").forEach(p -> described.add(p.get("name").asString()));
            described.remove("id");
            assertThat(described).as(path).isEqualTo(works);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aValidValueWorksOrIsRefusedAndAnInvalidOneIsRefused(Row row) throws Exception {
        String path = concrete(row.endpoint());
        String value = resolve(row.valid());
        MockHttpServletResponse answer = perform(request(path, row, value));
        if (row.effect() == Effect.REFUSED) {
            assertRefused(answer, row.parameter());
        } else {
            assertThat(answer.getStatus()).as(row + ": " + answer.getContentAsString()).isEqualTo(200);
            checkEffect(row, path, value, answer);
        }
        assertRefused(perform(request(path, row, row.invalid())), row.parameter());
    }

    /** A parameter the standard lists for other endpoints only is refused by name, never ignored. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aParameterOfAnotherEndpointIsRefused(String endpoint) throws Exception {
        Set<String> taken = new HashSet<>(HSDS.get(endpoint));
        taken.addAll(UK_PROFILE.getOrDefault(endpoint, List.of()));
        String other = Stream.of("postcode", "minimal", "top_only", "full_service", "page")
                .filter(name -> !taken.contains(name)).findFirst().orElseThrow();
        assertRefused(perform(get("/api/oruk" + concrete(endpoint)).param(other, "1")), other);
    }

    /** Every record each list gives is also at its {@code /{id}}, conforming, and the same document. */
    @Test
    void everyRecordAtItsIdConformsAndIsTheSameAsInTheFullList() throws Exception {
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            List<JsonNode> items = everything(list.getKey(), list.getKey().equals("/organizations") ? "full" : null);
            assertThat(items).as(list.getKey()).isNotEmpty();
            for (JsonNode item : items) {
                String id = item.get("id").asString();
                JsonNode one = json(get("/api/oruk" + list.getKey() + "/" + id));
                HsdsSchema.assertConforms(list.getValue(), one);
                assertThat(JsonDifferences.between(item, one, Set.of())).as(list.getKey() + "/" + id).isEmpty();
            }
        }
    }

    @Test
    void sizeIsTheNumberOfItemsOnTheFirstAMiddleTheLastAndABeyondPage() throws Exception {
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            int total = json(get("/api/oruk" + list.getKey())).get("total_items").asInt();
            // At least three pages, the last one short when the total allows it.
            int perPage = Math.max(1, Math.min(Parameters.MAX_PER_PAGE, (total - 1) / 3));
            int pages = (total + perPage - 1) / perPage;
            assertThat(pages).as(list.getKey()).isGreaterThanOrEqualTo(3);
            for (int page : new int[] {1, (pages + 1) / 2, pages, pages + 1}) {
                JsonNode answer = json(get("/api/oruk" + list.getKey()).param("per_page", "" + perPage)
                        .param("page", "" + page));
                HsdsSchema.assertPage(answer, list.getValue(), perPage);
                int expected = page < pages ? perPage : page == pages ? total - (pages - 1) * perPage : 0;
                assertThat(answer.get("size").asInt()).as(list.getKey() + " page " + page + " of " + pages)
                        .isEqualTo(expected).isEqualTo(answer.get("contents").size());
            }
        }
    }

    /** Through every filter of the portal, as a browser's page elsewhere or a validator without Origin asks. */
    @Test
    void everyEndpointAllowsAnyOriginWithoutAnOriginHeaderOnEveryAnswer() throws Exception {
        MockMvc portal = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilters(filters.toArray(Filter[]::new)).build();
        List<String> checked = new ArrayList<>();
        for (String endpoint : HSDS.keySet()) {
            String path = "/api/oruk" + concrete(endpoint);
            List<MockHttpServletRequestBuilder> requests = new ArrayList<>(List.of(get(path),
                    get(path).param("not_a_parameter", "1")));
            if (endpoint.endsWith("{id}")) {
                requests.add(get("/api/oruk" + endpoint.replace("{id}", OpenReferralEndpointTest.UNKNOWN)));
            }
            for (MockHttpServletRequestBuilder request : requests) {
                MockHttpServletResponse response = portal.perform(request.with(r -> {
                    r.setRemoteAddr("198.51.100.20");
                    return r;
                })).andReturn().getResponse();
                String seen = endpoint + " " + response.getStatus();
                assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).as(seen).isEqualTo("*");
                checked.add(seen);
            }
        }
        assertThat(checked).anyMatch(s -> s.endsWith(" 200")).anyMatch(s -> s.endsWith(" 400"))
                .anyMatch(s -> s.endsWith(" 404"));
        assertThat(checked.stream().filter(s -> s.endsWith(" 200")).count()).isEqualTo(HSDS.size());
    }

    private void checkEffect(Row row, String path, String value, MockHttpServletResponse answer) throws Exception {
        String list = "/api/oruk" + path;
        String[] with = resolveAll(row.with());
        switch (row.effect()) {
            case NARROWS -> {
                List<JsonNode> all = everything(path, null, with);
                List<JsonNode> narrowed = everything(path, null, concat(with, row.parameter(), value));
                assertThat(ids(narrowed)).as(row + ": some").isNotEmpty().isSubsetOf(ids(all));
                if (row.parameter().equals("modified_after")) {
                    // The sample content may all have changed at the same instant: just after it, none.
                    String later = Instant.parse(value).plusMillis(1).toString();
                    assertThat(everything(path, null, concat(with, row.parameter(), later))).as(row + " later").isEmpty();
                } else {
                    assertThat(narrowed).as(row + ": not all").hasSizeLessThan(all.size());
                }
                narrowed.forEach(item -> assertThat(matches(row, value, item)).as(row + ": " + item.get("id")).isTrue());
                // Nothing left out that matches: the filter is exact, not merely smaller.
                all.stream().filter(item -> !ids(narrowed).contains(item.get("id").asString()))
                        .forEach(item -> assertThat(row.parameter().equals("search") || !matches(row, value, item))
                                .as(row + " left out " + item.get("id")).isTrue());
            }
            case SECOND_PAGE -> {
                List<String> all = ids(everything(path, null));
                JsonNode page = read(answer);
                assertThat(page.get("page_number").asInt()).isEqualTo(2);
                assertThat(ids(page.get("contents"))).as(row.toString()).isEqualTo(all.subList(3, 6));
            }
            case PAGE_SIZE -> {
                JsonNode page = read(answer);
                int total = page.get("total_items").asInt();
                assertThat(page.get("contents").size()).isEqualTo(3);
                assertThat(page.get("total_pages").asInt()).isEqualTo((total + 2) / 3);
            }
            case NDJSON -> {
                assertThat(answer.getContentType()).startsWith("application/x-ndjson");
                String[] lines = answer.getContentAsString().split("\n");
                assertThat(lines).hasSize(json(get(list)).get("total_items").asInt());
                assertThat(OpenReferralEndpointTest.JSON.readTree(lines[0]).has("contents")).isFalse();
            }
            case MINIMAL -> read(answer).get("contents").forEach(item ->
                    assertThat(HsdsSchema.fieldNames(item)).containsExactlyInAnyOrder("id", "last_modified"));
            case FULL_SERVICES -> {
                assertThat(json(get(list)).get("contents").valueStream().noneMatch(s -> s.has("service_at_locations")))
                        .isTrue();
                assertThat(read(answer).get("contents").valueStream().anyMatch(s -> s.has("service_at_locations")))
                        .isTrue();
            }
            case ORGANIZATIONS_WITH_SERVICES, ORGANIZATIONS_WITH_FULL_SERVICES -> {
                boolean fully = row.effect() == Effect.ORGANIZATIONS_WITH_FULL_SERVICES;
                JsonNode body = read(answer);
                List<JsonNode> organizations = body.has("contents") ? body.get("contents").valueStream().toList()
                        : List.of(body);
                List<JsonNode> services = new ArrayList<>();
                for (JsonNode organization : organizations) {
                    HsdsSchema.assertConforms("organization", organization);
                    assertThat(organization.path("services")).as(organization.get("id").asString()).isNotEmpty();
                    organization.get("services").forEach(services::add);
                }
                // Fully nested services say where they are offered; list items leave the venues out.
                assertThat(services).allMatch(s -> !fully || s.has("service_at_locations") || s.has("service_areas"))
                        .noneMatch(s -> !fully && s.has("service_at_locations"));
                assertThat(services.stream().anyMatch(s -> s.has("service_at_locations"))).isEqualTo(fully);
                JsonNode without = json(get(list));
                if (without.has("contents")) {
                    assertThat(without.get("contents").valueStream().noneMatch(o -> o.has("services")))
                            .as("without " + row.parameter()).isTrue();
                } else {
                    assertThat(without.get("services").valueStream().noneMatch(s -> s.has("service_at_locations")))
                            .as("without " + row.parameter()).isTrue();
                }
            }
            case ALREADY_FULL -> {
                assertThat(read(answer)).isEqualTo(json(get(list)));
                read(answer).get("contents").forEach(item -> assertThat(item.has("location")).isTrue());
            }
            case NEAREST_FIRST -> {
                PostcodeLocation origin = area.postcode(value).orElseThrow();
                List<JsonNode> near = everything(path, null, row.parameter(), value);
                List<Double> km = near.stream().map(sal -> Distance.km(origin.latitude(), origin.longitude(),
                        sal.get("location").get("latitude").asDouble(), sal.get("location").get("longitude").asDouble()))
                        .toList();
                assertThat(km).isNotEmpty().isSorted();
                assertThat(ids(near)).isSubsetOf(ids(everything(path, null)));
            }
            case REFUSED -> throw new IllegalStateException("checked before");
        }
    }

    /** Whether an item answers a filter, judged from the published documents alone. */
    private boolean matches(Row row, String value, JsonNode item) {
        try {
            if (row.endpoint().equals("/service_at_locations") && !row.parameter().equals("proximity")) {
                // The services' filters apply to each venue's service: the same filter on /services says which.
                return ids(everything("/services", null, row.parameter(), value))
                        .contains(item.get("service_id").asString());
            }
            return switch (row.parameter()) {
                case "search" -> true;
                case "organization_id" -> item.get("organization_id").asString().equals(value);
                case "taxonomy_term_id" -> item.get("attributes").valueStream().anyMatch(a ->
                        a.get("taxonomy_term_id").asString().equals(value)
                                || value.equals(a.get("taxonomy_term").path("parent_id").asString("")));
                case "taxonomy_id" -> row.endpoint().equals("/taxonomy_terms")
                        ? item.path("taxonomy_id").asString("").equals(value)
                        : item.path("attributes").valueStream()
                                .anyMatch(a -> a.get("taxonomy_term").get("taxonomy_id").asString().equals(value));
                case "modified_after" -> !Instant.parse(item.get("last_modified").asString())
                        .isBefore(Instant.parse(value));
                case "minimum_age" -> item.has("minimum_age")
                        && item.get("minimum_age").asDouble() >= Double.parseDouble(value);
                case "maximum_age" -> item.has("maximum_age")
                        && item.get("maximum_age").asDouble() <= Double.parseDouble(value);
                case "top_only" -> !item.has("parent_id");
                case "parent_id" -> item.path("parent_id").asString("").equals(value);
                case "proximity" -> {
                    PostcodeLocation origin = area.postcode(row.with()[1]).orElseThrow();
                    yield item.get("location").has("latitude") && Distance.km(origin.latitude(), origin.longitude(),
                            item.get("location").get("latitude").asDouble(),
                            item.get("location").get("longitude").asDouble()) <= Double.parseDouble(value) / 1000;
                }
                default -> throw new IllegalStateException("No check for " + row);
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every item of a list with these parameters (and {@code full} when asked), read through ndjson. */
    private List<JsonNode> everything(String path, String flag, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/oruk" + concrete(path)).param("format", "ndjson");
        if (flag != null) {
            request.param(flag, "true");
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(path + " " + Arrays.toString(parameters) + ": "
                + response.getContentAsString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        for (String line : response.getContentAsString().split("\n")) {
            if (!line.isBlank()) {
                items.add(OpenReferralEndpointTest.JSON.readTree(line));
            }
        }
        return items;
    }

    private MockHttpServletRequestBuilder request(String path, Row row, String value) {
        MockHttpServletRequestBuilder request = get("/api/oruk" + path).param(row.parameter(), value);
        String[] with = resolveAll(row.with());
        for (int i = 0; i < with.length; i += 2) {
            request.param(with[i], with[i + 1]);
        }
        return request;
    }

    private static void assertRefused(MockHttpServletResponse response, String parameter) throws Exception {
        assertThat(response.getStatus()).as(parameter + ": " + response.getContentAsString()).isEqualTo(400);
        JsonNode error = OpenReferralEndpointTest.JSON.readTree(response.getContentAsString());
        assertThat(error.get("error").asString()).isEqualTo("bad_request");
        assertThat(error.get("message").asString()).contains(parameter);
    }

    private String concrete(String endpoint) {
        return endpoint.replace("/services/{id}", "/services/" + OpenReferralEndpointTest.AUTISM_GROUP)
                .replace("/organizations/{id}", "/organizations/" + OpenReferralEndpointTest.AUTISM_GROUP_ORGANIZATION)
                .replace("/taxonomies/{id}", "/taxonomies/" + OpenReferralEndpointTest.SEND_TAXONOMY)
                .replace("/taxonomy_terms/{id}", "/taxonomy_terms/" + resolve(TERM))
                .replace("/service_at_locations/{id}",
                        "/service_at_locations/" + OpenReferralEndpointTest.AUTISM_GROUP_AT_LIFESTYLE_CENTRE);
    }

    private String[] resolveAll(String[] values) {
        return Arrays.stream(values).map(this::resolve).toArray(String[]::new);
    }

    /** Ids and instants the sample content decides, read from the API itself. */
    private String resolve(String value) {
        try {
            return switch (value) {
                case TERM -> json(get("/api/oruk/services/" + OpenReferralEndpointTest.AUTISM_GROUP)).get("attributes")
                        .valueStream().filter(a -> a.get("taxonomy_term").get("taxonomy").asString().equals("category"))
                        .map(a -> a.get("taxonomy_term_id").asString()).findFirst().orElseThrow();
                case PARENT -> everything("/taxonomy_terms", null).stream().filter(t -> t.has("parent_id"))
                        .map(t -> t.get("parent_id").asString()).findFirst().orElseThrow();
                case LATEST -> everything("/services", "minimal").stream()
                        .map(s -> Instant.parse(s.get("last_modified").asString())).max(Instant::compareTo)
                        .orElseThrow().toString();
                case ORGANIZATION_NAME -> json(get("/api/oruk/organizations/"
                        + OpenReferralEndpointTest.AUTISM_GROUP_ORGANIZATION)).get("name").asString();
                default -> value;
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] with, String name, String value) {
        String[] all = Arrays.copyOf(with, with.length + 2);
        all[with.length] = name;
        all[with.length + 1] = value;
        return all;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asString()).toList();
    }

    private static List<String> ids(JsonNode items) {
        return items.valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static JsonNode read(MockHttpServletResponse response) throws Exception {
        return OpenReferralEndpointTest.JSON.readTree(response.getContentAsString());
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return read(response);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
