package org.familyhub.oruk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.familyhub.PortalTest;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchService;
import org.familyhub.shared.Distance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Conformance of every endpoint with HSDS 3.0 and the Open Referral UK API, field by field, against
 * the sample content (184 active services, 3 that are not published).
 */
@PortalTest
class OpenReferralEndpointTest {

    static final String AUTISM_GROUP = "b45ad79e-6860-567d-8e9e-24cf186ab2a0";
    static final String AUTISM_GROUP_ORGANIZATION = "e2f3901e-1d60-548c-ac1c-db8bfb23de6b";
    static final String AUTISM_GROUP_AT_LIFESTYLE_CENTRE = "519150a9-d062-5787-bc55-0bbfc79fb1b5";
    static final String TEMPORARILY_CLOSED = "57844ec7-2a80-5abc-9523-5083a7e28626";
    static final String INACTIVE = "fb6e2daf-06c0-5256-897c-b55ba28a720e";
    static final String INACTIVE_AT_VENUE = "78c9cc22-3258-5a6e-890c-1f5af7f1c577";
    static final String SEND_TAXONOMY = "f3cee595-29d4-5bb7-88b4-2eeb724e6865";
    static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OpenReferralEndpoint endpoint;
    @Autowired
    SearchService search;
    @Autowired
    AreaLookup area;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
    }

    @Test
    void theRootAnnouncesHsdsThreeTheProfileAndTheOpenApiDescription() throws Exception {
        JsonNode root = json(get("/api/oruk/"));
        assertThat(root.get("version").asString()).isEqualTo("3.0");
        assertThat(root.get("profile").asString()).startsWith("https://");
        assertThat(root.get("openapi_url").asString()).endsWith("/api/oruk/openapi.json");
        assertThat(root.get("publisher").get("name").asString()).isNotBlank();

        JsonNode openApi = json(get("/api/oruk/openapi.json"));
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(HsdsSchema.fieldNames(openApi.get("paths"))).contains("/", "/services", "/services/{id}",
                "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}", "/organizations",
                "/organizations/{id}", "/service_at_locations", "/service_at_locations/{id}");
    }

    @Test
    void everyPublishedServiceConformsFullyNestedAcrossAllPages() throws Exception {
        Set<String> ids = new HashSet<>();
        JsonNode page;
        int number = 1;
        do {
            page = json(get("/api/oruk/services").param("full", "true").param("page", "" + number++));
            HsdsSchema.assertPage(page, "service", 50);
            page.get("contents").forEach(service -> {
                assertThat(service.get("status").asString()).isEqualTo("active");
                // Fully nested: where it is offered, at venues or over areas (an empty list is left out).
                assertThat(service.has("service_at_locations") || service.has("service_areas")).isTrue();
                ids.add(service.get("id").asString());
            });
        } while (!page.get("last_page").asBoolean());
        assertThat(ids).hasSize(page.get("total_items").asInt()).hasSize(184)
                .doesNotContain(TEMPORARILY_CLOSED, INACTIVE);
    }

    @Test
    void aServicePublishesItsExtraFieldsAsAttributesWithTheirTaxonomyTerms() throws Exception {
        JsonNode service = json(get("/api/oruk/services/" + AUTISM_GROUP));
        HsdsSchema.assertConforms("service", service);
        assertThat(service.get("organization").get("id").asString()).isEqualTo(AUTISM_GROUP_ORGANIZATION);
        assertThat(service.get("minimum_age").isNumber()).isTrue();
        List<String> taxonomies = new ArrayList<>();
        service.get("attributes").forEach(attribute -> {
            assertThat(attribute.get("link_id").asString()).isEqualTo(AUTISM_GROUP);
            assertThat(attribute.get("taxonomy_term").get("id").asString())
                    .isEqualTo(attribute.get("taxonomy_term_id").asString());
            taxonomies.add(attribute.get("taxonomy_term").get("taxonomy").asString());
        });
        assertThat(taxonomies).contains("category", "level-of-need", "access", "delivery", "locality");
        assertThat(service.get("attributes").valueStream()
                .map(a -> a.get("taxonomy_term").get("name").asString())).contains("Crewe and Nantwich");

        JsonNode venue = service.get("service_at_locations").get(0);
        assertThat(venue.get("id").asString()).isEqualTo(AUTISM_GROUP_AT_LIFESTYLE_CENTRE);
        assertThat(venue.get("schedules").get(0).get("freq").asString()).isEqualTo("MONTHLY");
        JsonNode location = venue.get("location");
        assertThat(location.get("addresses").get(0).get("postal_code").asString()).isEqualTo("CW1 2BB");
        assertThat(location.get("attributes").valueStream().map(a -> a.get("taxonomy_term").get("taxonomy").asString()))
                .contains("accessibility", "locality");
        assertThat(service.get("service_areas").get(0).get("name").asString()).isEqualTo("Crewe and Nantwich");
    }

    @Test
    void pagesAddUpAndAPageBeyondTheEndIsEmpty() throws Exception {
        JsonNode first = json(get("/api/oruk/services").param("per_page", "7"));
        HsdsSchema.assertPage(first, "service", 7);
        int pages = first.get("total_pages").asInt();
        assertThat(pages).isEqualTo((int) Math.ceil(184 / 7.0));
        JsonNode last = json(get("/api/oruk/services").param("per_page", "7").param("page", "" + pages));
        HsdsSchema.assertPage(last, "service", 7);
        assertThat(last.get("last_page").asBoolean()).isTrue();
        JsonNode beyond = json(get("/api/oruk/services").param("per_page", "7").param("page", "" + (pages + 1)));
        HsdsSchema.assertPage(beyond, "service", 7);
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents").size()).isZero();
    }

    @Test
    void minimalGivesOnlyTheIdAndLastModifiedAndNdjsonGivesOneServicePerLine() throws Exception {
        JsonNode minimal = json(get("/api/oruk/services").param("minimal", "true").param("per_page", "5"));
        assertThat(minimal.get("contents").size()).isEqualTo(5);
        assertThat(minimal.get("size").asInt()).isEqualTo(5);
        minimal.get("contents").forEach(s -> assertThat(HsdsSchema.fieldNames(s))
                .containsExactlyInAnyOrder("id", "last_modified"));
        JsonNode list = json(get("/api/oruk/services").param("per_page", "5"));
        list.get("contents").forEach(s -> assertThat(HsdsSchema.fieldNames(s)).contains("organization", "attributes"));

        MockHttpServletResponse ndjson = perform(get("/api/oruk/services").param("format", "ndjson"));
        assertThat(ndjson.getContentType()).startsWith("application/x-ndjson");
        String[] lines = ndjson.getContentAsString().split("\n");
        assertThat(lines).hasSize(184);
        HsdsSchema.assertConforms("service", JSON.readTree(lines[0]));
        String[] minimalLines = perform(get("/api/oruk/services").param("format", "ndjson").param("minimal", "true"))
                .getContentAsString().split("\n");
        assertThat(minimalLines).hasSize(184);
        assertThat(HsdsSchema.fieldNames(JSON.readTree(minimalLines[0]))).containsExactlyInAnyOrder("id", "last_modified");
    }

    @Test
    void filtersByOrganizationTermTaxonomyAndModificationTime() throws Exception {
        JsonNode byOrganization = json(get("/api/oruk/services").param("organization_id", AUTISM_GROUP_ORGANIZATION));
        assertThat(byOrganization.get("total_items").asInt()).isPositive();
        byOrganization.get("contents").forEach(s ->
                assertThat(s.get("organization_id").asString()).isEqualTo(AUTISM_GROUP_ORGANIZATION));

        JsonNode service = json(get("/api/oruk/services/" + AUTISM_GROUP));
        String category = service.get("attributes").valueStream()
                .filter(a -> a.get("taxonomy_term").get("taxonomy").asString().equals("category"))
                .map(a -> a.get("taxonomy_term_id").asString()).findFirst().orElseThrow();
        JsonNode byTerm = json(get("/api/oruk/services").param("taxonomy_term_id", category));
        assertThat(ids(byTerm)).contains(AUTISM_GROUP);
        byTerm.get("contents").forEach(s -> assertThat(s.get("attributes").valueStream()
                .anyMatch(a -> a.get("taxonomy_term_id").asString().equals(category)
                        || category.equals(a.get("taxonomy_term").path("parent_id").asString(""))))
                .isTrue());

        JsonNode bySend = json(get("/api/oruk/services").param("taxonomy_id", SEND_TAXONOMY));
        assertThat(bySend.get("total_items").asInt()).isBetween(1, 183);
        bySend.get("contents").forEach(s -> assertThat(s.get("attributes").valueStream()
                .anyMatch(a -> a.get("taxonomy_term").get("taxonomy_id").asString().equals(SEND_TAXONOMY))).isTrue());

        assertThat(json(get("/api/oruk/services").param("modified_after", "2000-01-01T00:00:00Z"))
                .get("total_items").asInt()).isEqualTo(184);
        assertThat(json(get("/api/oruk/services").param("modified_after", "2999-01-01"))
                .get("total_items").asInt()).isZero();
    }

    @Test
    void searchListsServicesInThePortalSearchOrder() throws Exception {
        SearchResults expected = search.search(SearchQuery.forText("autism").size(50).build());
        assertThat(expected.hits()).isNotEmpty();
        JsonNode found = json(get("/api/oruk/services").param("search", "autism"));
        HsdsSchema.assertPage(found, "service", 50);
        assertThat(ids(found)).containsExactlyElementsOf(
                expected.hits().stream().map(hit -> hit.id().toString()).toList());
        assertThat(found.get("total_items").asLong()).isEqualTo(expected.total());
    }

    @Test
    void servicesAtLocationsNearAPostcodeComeNearestFirstWithinTheProximity() throws Exception {
        PostcodeLocation origin = area.postcode("CW1 3AB").orElseThrow();
        JsonNode near = json(get("/api/oruk/service_at_locations").param("postcode", "CW1 3AB")
                .param("proximity", "3000"));
        HsdsSchema.assertPage(near, "service_at_location", 50);
        List<Double> distances = near.get("contents").valueStream()
                .map(sal -> Distance.km(origin.latitude(), origin.longitude(),
                        sal.get("location").get("latitude").asDouble(), sal.get("location").get("longitude").asDouble()))
                .toList();
        assertThat(distances).isNotEmpty().isSorted().allMatch(km -> km <= 3.0);
        JsonNode all = json(get("/api/oruk/service_at_locations").param("per_page", "50"));
        HsdsSchema.assertPage(all, "service_at_location", 50);
        assertThat(all.get("total_items").asInt()).isGreaterThan(near.get("total_items").asInt());
        assertThat(ids(all)).doesNotContain(INACTIVE_AT_VENUE);

        JsonNode one = json(get("/api/oruk/service_at_locations/" + AUTISM_GROUP_AT_LIFESTYLE_CENTRE));
        HsdsSchema.assertConforms("service_at_location", one);
        assertThat(one.get("service_id").asString()).isEqualTo(AUTISM_GROUP);
    }

    @Test
    void taxonomiesTermsAndOrganizationsConform() throws Exception {
        JsonNode taxonomies = json(get("/api/oruk/taxonomies"));
        HsdsSchema.assertPage(taxonomies, "taxonomy", 50);
        assertThat(taxonomies.get("contents").valueStream().map(t -> t.get("name").asString()))
                .contains("category", "level-of-need", "access", "delivery", "send", "venue-type", "accessibility",
                        "locality");
        HsdsSchema.assertConforms("taxonomy", json(get("/api/oruk/taxonomies/" + SEND_TAXONOMY)));

        JsonNode terms = json(get("/api/oruk/taxonomy_terms").param("per_page", "50"));
        HsdsSchema.assertPage(terms, "taxonomy_term", 50);
        JsonNode send = json(get("/api/oruk/taxonomy_terms").param("taxonomy_id", SEND_TAXONOMY));
        assertThat(send.get("total_items").asInt()).isEqualTo(2);
        String term = send.get("contents").get(0).get("id").asString();
        HsdsSchema.assertConforms("taxonomy_term", json(get("/api/oruk/taxonomy_terms/" + term)));

        JsonNode organizations = json(get("/api/oruk/organizations"));
        HsdsSchema.assertPage(organizations, "organization", 50);
        HsdsSchema.assertConforms("organization", json(get("/api/oruk/organizations/" + AUTISM_GROUP_ORGANIZATION)));
    }

    @Test
    void unpublishedServicesAndUnknownIdsAreNotFound() throws Exception {
        for (String path : List.of("/services/" + TEMPORARILY_CLOSED, "/services/" + INACTIVE, "/services/" + UNKNOWN,
                "/services/not-a-uuid", "/organizations/" + UNKNOWN, "/taxonomies/" + UNKNOWN,
                "/taxonomy_terms/" + UNKNOWN, "/service_at_locations/" + UNKNOWN,
                "/service_at_locations/" + INACTIVE_AT_VENUE)) {
            MockHttpServletResponse response = perform(get("/api/oruk" + path));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(response.getContentAsString()).get("error").asString()).isEqualTo("not_found");
        }
    }

    @Test
    void badParametersGetA400WithAMessageNeverAStackTrace() throws Exception {
        String[][] cases = {{"page", "abc"}, {"page", "0"}, {"per_page", "51"}, {"per_page", "x"},
                {"taxonomy_term_id", "nope"}, {"taxonomy_id", "123"}, {"organization_id", "x"},
                {"modified_after", "yesterday"}, {"modified_after", "2026-13-45"}, {"format", "xml"},
                {"minimal", "maybe"}};
        for (String[] bad : cases) {
            MockHttpServletResponse response = perform(get("/api/oruk/services").param(bad[0], bad[1]));
            assertThat(response.getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            JsonNode error = JSON.readTree(response.getContentAsString());
            assertThat(error.get("error").asString()).isEqualTo("bad_request");
            assertThat(error.get("message").asString()).contains(bad[0]).doesNotContain("Exception", "at org.");
        }
        assertThat(perform(get("/api/oruk/services").param("minimal", "true").param("full", "true")).getStatus())
                .isEqualTo(400);
        assertThat(perform(get("/api/oruk/service_at_locations").param("proximity", "1000")).getStatus())
                .isEqualTo(400);
        assertThat(perform(get("/api/oruk/service_at_locations").param("postcode", "not a postcode")).getStatus())
                .isEqualTo(400);
    }

    @Test
    void revalidatesWithTheETag() throws Exception {
        MockHttpServletResponse first = perform(get("/api/oruk/services/" + AUTISM_GROUP));
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();

        MockHttpServletResponse again = perform(get("/api/oruk/services/" + AUTISM_GROUP)
                .header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentLength()).isZero();
        assertThat(perform(get("/api/oruk/services/" + AUTISM_GROUP)
                .header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")).getStatus()).isEqualTo(200);
    }

    @Test
    void everyServiceCarriesItsLastModificationFromTheDatabaseAndModifiedAfterIncludesTheInstantItself()
            throws Exception {
        Instant stored = jdbc.sql("select last_modified from service where id = cast(:id as uuid)")
                .param("id", AUTISM_GROUP).query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
        JsonNode service = json(get("/api/oruk/services/" + AUTISM_GROUP));
        assertThat(Instant.parse(service.get("last_modified").asString()))
                .isEqualTo(stored.truncatedTo(ChronoUnit.MILLIS));
        json(get("/api/oruk/services").param("per_page", "50")).get("contents")
                .forEach(s -> assertThat(s.has("last_modified")).isTrue());

        String exactly = stored.truncatedTo(ChronoUnit.MILLIS).toString();
        List<String> onOrAfter = ids(json(get("/api/oruk/services").param("minimal", "true")
                .param("modified_after", OffsetDateTime.ofInstant(stored.truncatedTo(ChronoUnit.MILLIS),
                        java.time.ZoneOffset.UTC).toString())));
        assertThat(onOrAfter).as("modified on or after " + exactly).contains(AUTISM_GROUP);
    }

    @Test
    void servicesAtLocationsTakeEveryServiceFilterOfTheStandard() throws Exception {
        Set<String> organizationServices = new HashSet<>(ids(json(get("/api/oruk/services")
                .param("organization_id", AUTISM_GROUP_ORGANIZATION))));
        JsonNode byOrganization = json(get("/api/oruk/service_at_locations")
                .param("organization_id", AUTISM_GROUP_ORGANIZATION));
        HsdsSchema.assertPage(byOrganization, "service_at_location", 50);
        assertThat(byOrganization.get("total_items").asInt()).isPositive();
        assertThat(serviceIds(byOrganization)).isSubsetOf(organizationServices);

        assertThat(json(get("/api/oruk/service_at_locations").param("modified_after", "2100-01-01T00:00:00Z"))
                .get("total_items").asInt()).isZero();
        assertThat(json(get("/api/oruk/service_at_locations").param("taxonomy_id", SEND_TAXONOMY))
                .get("total_items").asInt()).isPositive()
                .isLessThan(json(get("/api/oruk/service_at_locations")).get("total_items").asInt());

        Set<String> autism = new HashSet<>(ids(json(get("/api/oruk/services").param("search", "autism"))));
        JsonNode found = json(get("/api/oruk/service_at_locations").param("search", "autism"));
        HsdsSchema.assertPage(found, "service_at_location", 50);
        assertThat(serviceIds(found)).isNotEmpty().isSubsetOf(autism).contains(AUTISM_GROUP);

        String term = json(get("/api/oruk/services/" + AUTISM_GROUP)).get("attributes").valueStream()
                .filter(a -> a.get("taxonomy_term").get("taxonomy").asString().equals("category"))
                .map(a -> a.get("taxonomy_term_id").asString()).findFirst().orElseThrow();
        Set<String> inTerm = new HashSet<>(ids(json(get("/api/oruk/services").param("taxonomy_term_id", term))));
        assertThat(serviceIds(json(get("/api/oruk/service_at_locations").param("taxonomy_term_id", term))))
                .isNotEmpty().isSubsetOf(inTerm);

        JsonNode young = json(get("/api/oruk/service_at_locations").param("maximum_age", "5"));
        assertThat(young.get("total_items").asInt()).isPositive()
                .isLessThan(json(get("/api/oruk/service_at_locations")).get("total_items").asInt());
        for (String service : serviceIds(young)) {
            assertThat(json(get("/api/oruk/services/" + service)).get("maximum_age").asDouble()).isLessThanOrEqualTo(5);
        }
        JsonNode older = json(get("/api/oruk/services").param("minimum_age", "11"));
        older.get("contents").forEach(s -> assertThat(s.get("minimum_age").asDouble()).isGreaterThanOrEqualTo(11));
    }

    @Test
    void theShortListsSearchAndFilterAsTheStandardSays() throws Exception {
        JsonNode send = json(get("/api/oruk/taxonomies").param("search", "SEND"));
        assertThat(send.get("contents").valueStream().map(t -> t.get("id").asString())).contains(SEND_TAXONOMY);
        assertThat(send.get("total_items").asInt())
                .isLessThan(json(get("/api/oruk/taxonomies")).get("total_items").asInt());

        JsonNode top = json(get("/api/oruk/taxonomy_terms").param("top_only", "true"));
        top.get("contents").forEach(t -> assertThat(t.has("parent_id")).isFalse());
        JsonNode all = json(get("/api/oruk/taxonomy_terms"));
        String parent = all.get("contents").valueStream().filter(t -> t.has("parent_id"))
                .map(t -> t.get("parent_id").asString()).findFirst().orElseThrow();
        JsonNode children = json(get("/api/oruk/taxonomy_terms").param("parent_id", parent));
        assertThat(children.get("total_items").asInt()).isPositive();
        children.get("contents").forEach(t -> assertThat(t.get("parent_id").asString()).isEqualTo(parent));
        String name = children.get("contents").get(0).get("name").asString();
        assertThat(json(get("/api/oruk/taxonomy_terms").param("search", name)).get("contents").valueStream()
                .map(t -> t.get("name").asString())).contains(name);

        String organization = json(get("/api/oruk/organizations/" + AUTISM_GROUP_ORGANIZATION)).get("name").asString();
        JsonNode organizations = json(get("/api/oruk/organizations").param("search", organization));
        assertThat(organizations.get("contents").valueStream().map(o -> o.get("id").asString()))
                .contains(AUTISM_GROUP_ORGANIZATION);
        assertThat(organizations.get("total_items").asInt())
                .isLessThan(json(get("/api/oruk/organizations")).get("total_items").asInt());
        JsonNode nested = json(get("/api/oruk/organizations").param("search", organization)
                .param("full_service", "true"));
        HsdsSchema.assertPage(nested, "organization", 50);
        nested.get("contents").forEach(o -> assertThat(o.get("services").get(0).has("service_at_locations")).isTrue());

        for (String list : List.of("organizations", "taxonomies", "taxonomy_terms", "service_at_locations")) {
            MockHttpServletResponse ndjson = perform(get("/api/oruk/" + list).param("format", "ndjson"));
            assertThat(ndjson.getContentType()).as(list).startsWith("application/x-ndjson");
            String[] lines = ndjson.getContentAsString().split("\n");
            assertThat(lines.length).as(list).isEqualTo(json(get("/api/oruk/" + list)).get("total_items").asInt());
            HsdsSchema.assertConforms(list.equals("taxonomies") ? "taxonomy" : list.substring(0, list.length() - 1),
                    JSON.readTree(lines[0]));
        }
    }

    @Test
    void anOrganizationIsFullyNestedWithItsServices() throws Exception {
        JsonNode organization = json(get("/api/oruk/organizations/" + AUTISM_GROUP_ORGANIZATION));
        HsdsSchema.assertConforms("organization", organization);
        assertThat(organization.get("services").valueStream().map(s -> s.get("id").asString()))
                .contains(AUTISM_GROUP)
                .containsExactlyInAnyOrderElementsOf(ids(json(get("/api/oruk/services")
                        .param("organization_id", AUTISM_GROUP_ORGANIZATION))));
        JsonNode full = json(get("/api/oruk/organizations/" + AUTISM_GROUP_ORGANIZATION).param("full_service", "true"));
        HsdsSchema.assertConforms("organization", full);
        assertThat(full.get("services").get(0).has("service_at_locations")).isTrue();
    }

    @Test
    void parametersAnEndpointDoesNotTakeAreRefusedNeverIgnored() throws Exception {
        String[][] cases = {{"/services", "postcode"}, {"/services", "taxonomy_term"}, {"/services", "day"},
                {"/services", "start_time"}, {"/service_at_locations", "end_time"}, {"/service_at_locations", "minimal"},
                {"/organizations", "organization_id"}, {"/taxonomies", "top_only"}, {"/taxonomy_terms", "full"},
                {"/services/" + AUTISM_GROUP, "full"}, {"/organizations/" + AUTISM_GROUP_ORGANIZATION, "search"},
                {"/", "page"}};
        for (String[] bad : cases) {
            MockHttpServletResponse response = perform(get("/api/oruk" + bad[0]).param(bad[1], "1"));
            assertThat(response.getStatus()).as(bad[0] + "?" + bad[1]).isEqualTo(400);
            assertThat(JSON.readTree(response.getContentAsString()).get("message").asString()).contains(bad[1]);
        }
        String[][] badValues = {{"/taxonomy_terms", "top_only", "perhaps"}, {"/taxonomy_terms", "parent_id", "x"},
                {"/organizations", "full_service", "maybe"}, {"/organizations", "format", "csv"},
                {"/service_at_locations", "organization_id", "x"}, {"/service_at_locations", "modified_after", "soon"},
                {"/services", "minimum_age", "-1"}, {"/services", "maximum_age", "old"}};
        for (String[] bad : badValues) {
            MockHttpServletResponse response = perform(get("/api/oruk" + bad[0]).param(bad[1], bad[2]));
            assertThat(response.getStatus()).as(bad[0] + "?" + bad[1] + "=" + bad[2]).isEqualTo(400);
        }
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        return JSON.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static List<String> serviceIds(JsonNode page) {
        return page.get("contents").valueStream().map(s -> s.get("service_id").asString()).toList();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("contents").valueStream().map(s -> s.get("id").asString()).toList();
    }
}
