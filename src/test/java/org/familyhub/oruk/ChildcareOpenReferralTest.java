package org.familyhub.oruk;

import java.util.ArrayList;
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
 * A childcare listing's facts in the Open Referral API: HSDS attributes of the taxonomy "childcare", each linking a
 * real term, the service still valid HSDS 3.0; a stale vacancy says places=unknown; other listings carry none.
 */
@PortalTest
class ChildcareOpenReferralTest {

    static final String OAK_TREE = "b8be622f-0b8f-59bf-ba6c-724fde0d881d";
    static final String HOLLYBANK = "6033ea4a-4832-5d7d-9cc6-2dee1283c2b9";
    static final String AUTISM_GROUP = "b45ad79e-6860-567d-8e9e-24cf186ab2a0";
    static final String LITTLE_OWLS = "9e76c70d-972f-5f61-ae28-a32ff5d5783f";
    static final String CHILDCARE_TAXONOMY = "b6f724a8-0a8c-509a-bddc-f6ff4748ed15";
    static final String PROVIDER_TYPE_TERM = "80471714-9bd8-500a-885d-abafab537bb8";
    static final String VACANCY_TERM = "768c0b02-46fd-51b3-9c9a-09cea94842d5";
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

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private static List<String> childcare(JsonNode service) {
        List<String> values = new ArrayList<>();
        service.get("attributes").forEach(a -> {
            if ("childcare".equals(a.get("link_type").asString())) {
                values.add(a.get("taxonomy_term").get("code").asString() + "=" + a.get("value").asString());
            }
        });
        return values;
    }

    @Test
    void aChildminderPublishesItsChildcareFactsAsAttributesOfTheChildcareTaxonomy() throws Exception {
        JsonNode service = json("/api/oruk/services/" + OAK_TREE);
        HsdsSchema.assertConforms("service", service);
        assertThat(childcare(service)).contains("provider-type=childminder", "ofsted-urn=EY900101",
                "ofsted-grade=good", "ofsted-inspection-date=2025-03-12", "age-from-months=0",
                "opening-days=MO,TU,WE,TH", "opening-hours=07:30-18:00", "all-year=true", "fee-per-hour=5.50",
                "funded-entitlement=working-parent", "funded-entitlement=two-year-olds",
                "vacancy=day=TU;age_group=under-2;age_from_months=0;age_to_months=23;places=1;updated=2026-11-22",
                "vacancy=day=TH;age_group=school-age;age_from_months=60;age_to_months=191;places=unknown;updated=2026-08-04");
        // Every attribute links a term that the API itself lists.
        JsonNode term = service.get("attributes").valueStream()
                .filter(a -> "childcare".equals(a.get("link_type").asString())).findFirst().orElseThrow();
        JsonNode listed = json("/api/oruk/taxonomy_terms/" + term.get("taxonomy_term_id").asString());
        assertThat(listed.get("taxonomy").asString()).isEqualTo("childcare");
    }

    @Test
    void listsCarryTheFactsAndServicesThatAreNotChildcareCarryNone() throws Exception {
        JsonNode page = json("/api/oruk/services?search=childminding&per_page=50");
        page.get("contents").forEach(s -> HsdsSchema.assertConforms("service", s));
        assertThat(page.get("contents").valueStream().filter(s -> s.get("id").asString().equals(HOLLYBANK))
                .findFirst().map(ChildcareOpenReferralTest::childcare).orElseThrow())
                .contains("provider-type=childminder");
        assertThat(childcare(json("/api/oruk/services/" + AUTISM_GROUP))).isEmpty();
    }

    @Test
    void theTaxonomyTermAndTaxonomyFiltersFindTheServicesThatPublishTheChildcareAttribute() throws Exception {
        List<String> published = jdbc.sql("select p.service_id from childcare_provider p join service s"
                + " on s.id = p.service_id where s.status = 'active'").query(String.class).list();
        assertThat(published).contains(OAK_TREE, HOLLYBANK);

        JsonNode byType = json("/api/oruk/services?per_page=50&taxonomy_term_id=" + PROVIDER_TYPE_TERM);
        HsdsSchema.assertPage(byType, "service", 50);
        assertThat(ids(byType)).containsExactlyInAnyOrderElementsOf(published).doesNotContain(AUTISM_GROUP);
        assertThat(byType.get("total_items").asInt()).isEqualTo(published.size());
        assertThat(ids(json("/api/oruk/services?per_page=50&taxonomy_id=" + CHILDCARE_TAXONOMY)))
                .containsExactlyInAnyOrderElementsOf(published);

        // A fact stated by some providers only: the ones that state vacancies, stale or not (Little Owls has none).
        List<String> withVacancies = jdbc.sql("select distinct v.service_id from childcare_vacancy v join service s"
                + " on s.id = v.service_id where s.status = 'active'").query(String.class).list();
        assertThat(withVacancies).hasSizeLessThan(published.size()).contains(OAK_TREE).doesNotContain(LITTLE_OWLS);
        assertThat(ids(json("/api/oruk/services?per_page=50&taxonomy_term_id=" + VACANCY_TERM)))
                .containsExactlyInAnyOrderElementsOf(withVacancies);
        // With other filters, as for any term.
        assertThat(ids(json("/api/oruk/services?per_page=50&search=Oak+Tree&taxonomy_term_id=" + VACANCY_TERM)))
                .containsExactly(OAK_TREE);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("contents").valueStream().map(s -> s.get("id").asString()).toList();
    }
}
