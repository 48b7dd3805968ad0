package org.familyhub.oruk;

import java.util.List;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Local Offer's answers in the Open Referral UK API (#19): additive, as HSDS attributes of the
 * {@code local-offer} taxonomy's terms with the answer as value and the question as label, and still valid HSDS.
 */
@PortalTest
class LocalOfferInOpenReferralTest {

    /** SENDIASS: Local Offer answers in the sample content. */
    static final String SENDIASS = "5d422850-10a0-5b3f-9542-12e5f71a7aa1";
    static final String LOCAL_OFFER_TAXONOMY = "51be3bd1-c4d7-572d-aa89-02f54a072f43";
    static final String WHO_FOR_TERM = "0fd3ef6e-5d9c-5148-8fea-80884a7f6409";
    static final String STAFF_TRAINING_TERM = "15f05840-5716-5819-86a7-f5419fd9b4d7";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OpenReferralEndpoint endpoint;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
    }

    @Test
    void aServicesAnswersArePublishedAsAttributesAndTheServiceStillConforms() throws Exception {
        JsonNode service = json("/api/oruk/services/" + SENDIASS);
        HsdsSchema.assertConforms("service", service);
        List<JsonNode> answers = localOffer(service);
        // Attributes are listed by taxonomy and term name (OpenReferralMapping.ATTRIBUTE_ORDER), the same wherever the
        // record is published; each answer carries its question as its label.
        assertThat(answers).extracting(a -> a.get("taxonomy_term").get("code").asString())
                .containsExactlyInAnyOrder("who-for", "send-support", "staff-training", "accessibility",
                        "getting-started", "families-involved", "next-stage");
        JsonNode whoFor = answers.stream().filter(a -> a.get("taxonomy_term").get("code").asString().equals("who-for"))
                .findFirst().orElseThrow();
        assertThat(whoFor.get("label").asString()).isEqualTo("Who is the service for?");
        assertThat(whoFor.get("value").asString()).startsWith("Children and young people aged 0 to 25 with SEND");
        assertThat(whoFor.get("link_id").asString()).isEqualTo(SENDIASS);
        assertThat(whoFor.get("link_entity").asString()).isEqualTo("service");
        assertThat(whoFor.get("taxonomy_term_id").asString())
                .isEqualTo(whoFor.get("taxonomy_term").get("id").asString());
        // The service's own classifications are all still there.
        assertThat(service.get("attributes").valueStream().map(a -> a.get("link_type").asString()))
                .contains("category", "locality", "local-offer");
    }

    @Test
    void listsCarryTheAnswersAndTheTaxonomyIsPublished() throws Exception {
        JsonNode page = json("/api/oruk/services?search=SENDIASS");
        HsdsSchema.assertPage(page, "service", 50);
        JsonNode listed = page.get("contents").valueStream().filter(s -> s.get("id").asString().equals(SENDIASS))
                .findFirst().orElseThrow();
        assertThat(localOffer(listed)).hasSize(7);

        JsonNode taxonomy = json("/api/oruk/taxonomies/" + LOCAL_OFFER_TAXONOMY);
        HsdsSchema.assertConforms("taxonomy", taxonomy);
        assertThat(taxonomy.get("name").asString()).isEqualTo("local-offer");
        JsonNode terms = json("/api/oruk/taxonomy_terms?taxonomy_id=" + LOCAL_OFFER_TAXONOMY);
        HsdsSchema.assertPage(terms, "taxonomy_term", 50);
        assertThat(terms.get("total_items").asInt()).isEqualTo(7);
    }

    @Test
    void aServiceWithoutAnswersHasNoLocalOfferAttributes() throws Exception {
        JsonNode service = json("/api/oruk/services/4f6e2379-c5e0-5b2b-9db8-9224e024ceef");
        HsdsSchema.assertConforms("service", service);
        assertThat(localOffer(service)).isEmpty();
    }

    @Test
    void theTaxonomyTermAndTaxonomyFiltersFindTheServicesThatAnsweredTheLocalOffer() throws Exception {
        List<String> answered = jdbc.sql("select l.service_id from local_offer_answer l join service s"
                + " on s.id = l.service_id where s.status = 'active'").query(String.class).list();
        List<String> trained = jdbc.sql("select l.service_id from local_offer_answer l join service s"
                + " on s.id = l.service_id where s.status = 'active' and l.staff_training is not null")
                .query(String.class).list();
        assertThat(answered).contains(SENDIASS);
        assertThat(trained).isNotEmpty();

        JsonNode byTaxonomy = json("/api/oruk/services?per_page=50&taxonomy_id=" + LOCAL_OFFER_TAXONOMY);
        HsdsSchema.assertPage(byTaxonomy, "service", 50);
        assertThat(ids(byTaxonomy)).containsExactlyInAnyOrderElementsOf(answered)
                .doesNotContain("4f6e2379-c5e0-5b2b-9db8-9224e024ceef");
        assertThat(ids(json("/api/oruk/services?per_page=50&taxonomy_term_id=" + WHO_FOR_TERM)))
                .containsExactlyInAnyOrderElementsOf(answered);
        assertThat(ids(json("/api/oruk/services?per_page=50&taxonomy_term_id=" + STAFF_TRAINING_TERM)))
                .containsExactlyInAnyOrderElementsOf(trained);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("contents").valueStream().map(s -> s.get("id").asString()).toList();
    }

    private static List<JsonNode> localOffer(JsonNode service) {
        return service.get("attributes").valueStream()
                .filter(a -> a.get("link_type").asString().equals("local-offer")).toList();
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }
}
