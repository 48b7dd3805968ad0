package org.familyhub.search.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.search.StayAndPlaySessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class SearchEndpointTest {

    @Autowired
    SearchEndpoint endpoint;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
    }

    @Test
    void answersAMisspeltQueryWithAPlaceWithAutismServicesInCreweFirst() throws Exception {
        mvc.perform(get("/api/search").param("q", "austim support near crewe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].name", containsString("Autism")))
                .andExpect(jsonPath("$.results[0].town").value("Crewe"))
                .andExpect(jsonPath("$.results[0].locality").value("Crewe and Nantwich"))
                .andExpect(jsonPath("$.results[0].cost").value("Free"))
                .andExpect(jsonPath("$.results[0].score").isNumber())
                .andExpect(jsonPath("$.facets.locality[*].value", hasItem("crewe-nantwich")))
                .andExpect(jsonPath("$.understood_place.locality_code").value("crewe-nantwich"));
    }

    @Test
    void measuresDistanceFromAPostcode() throws Exception {
        mvc.perform(get("/api/search").param("q", "stay and play").param("postcode", "CW1 3AB")
                        .param("radius_km", "5").param("sort", "distance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].distance_km").isNumber())
                .andExpect(jsonPath("$.origin.label").value("CW1 3AB"));
    }

    /**
     * The API marks the words in each result's name and description, in the relevance order (chosen by the blend,
     * marked afterwards) and "nearest first" (marked by the same request); the listing's own text stays HTML-escaped.
     */
    @Test
    void marksTheWordsInEachResultsNameAndDescription() throws Exception {
        mvc.perform(get("/api/search").param("q", "breastfeeding"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].highlights[*]", hasItem(containsString("<mark>breastfeeding</mark>"))));
        mvc.perform(get("/api/search").param("q", "breastfeeding").param("postcode", "CW1 3AB").param("sort", "distance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].highlights[*]", hasItem(containsString("<mark>"))));
    }

    /** Issue 18: the parent's postcode is said back whole and tidy, not as the sector it was placed by ("CW1 3."). */
    @Test
    void saysThePostcodeBackWhole() throws Exception {
        mvc.perform(get("/api/search").param("q", "stay and play").param("postcode", "cw13ab"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin.label").value("CW1 3AB"));
        mvc.perform(get("/api/search").param("q", "stay and play cw1 3ab"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin.label").value("CW1 3AB"));
        mvc.perform(get("/api/search").param("q", "stay and play").param("postcode", "CW1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin.label").value("CW1"));
    }

    /** Words of someone at risk now are said back as the urgent help they ask for, so an app can show it first. */
    @Test
    void saysWhenTheWordsAskForUrgentHelp() throws Exception {
        mvc.perform(get("/api/search").param("q", "my partner hit me last night"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgent_help[0]").value("domestic_abuse"));
        mvc.perform(get("/api/search").param("q", "my son wants to kill himself"))
                .andExpect(jsonPath("$.urgent_help[0]").value("harm_to_self"));
        mvc.perform(get("/api/search").param("q", "my son is being groomed"))
                .andExpect(jsonPath("$.urgent_help[0]").value("child_at_risk"));
        mvc.perform(get("/api/search").param("q", "stay and play"))
                .andExpect(jsonPath("$.urgent_help").isEmpty());
    }

    /** Issue 14: the API's "nearest first" for "stay and play" from CW1 3AB is stay-and-play sessions only. */
    @Test
    void nearestFirstForStayAndPlayListsOnlyStayAndPlaySessions() throws Exception {
        String body = mvc.perform(get("/api/search").param("q", "stay and play").param("postcode", "CW1 3AB")
                        .param("sort", "distance").param("size", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin.label").value("CW1 3AB"))
                .andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode answer = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        java.util.List<java.util.UUID> ids = new java.util.ArrayList<>();
        answer.get("results").forEach(result -> ids.add(java.util.UUID.fromString(result.get("id").asString())));

        assertThat(answer.get("total").asLong()).isEqualTo(ids.size());
        assertThat(ids).containsAll(StayAndPlaySessions.activeByName(jdbc))
                .allSatisfy(id -> assertThat(StayAndPlaySessions.all(jdbc)).as("a stay-and-play session").contains(id));
    }

    @Test
    void saysWhatItReadOutOfTheWordsAndTakesItBackWhenAsked() throws Exception {
        mvc.perform(get("/api/search").param("q", "free toddler group for my 2 year old on saturday mornings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood.words").value("toddler group for my"))
                .andExpect(jsonPath("$.understood.free").value(true))
                .andExpect(jsonPath("$.understood.age_from").value(2))
                .andExpect(jsonPath("$.understood.age_to").value(2))
                .andExpect(jsonPath("$.understood.days[0]").value("SA"))
                .andExpect(jsonPath("$.understood.times[0]").value("morning"));
        mvc.perform(get("/api/search").param("q", "free toddler group for my 2 year old on saturday mornings")
                        .param("not_understood", "free", "age"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood.free").value(false))
                .andExpect(jsonPath("$.understood.age_from").doesNotExist())
                .andExpect(jsonPath("$.understood.days[0]").value("SA"));
        mvc.perform(get("/api/search").param("q", "playgoup disley"))
                .andExpect(jsonPath("$.understood.words").value("playgoup"))
                .andExpect(jsonPath("$.understood.spelling.playgoup").value("playgroup"));
        mvc.perform(get("/api/search").param("q", "playgoup disley").param("not_understood", "spelling"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood.spelling.playgoup").doesNotExist());
        mvc.perform(get("/api/search").param("q", "my son stays in his room all day"))
                .andExpect(jsonPath("$.understood.need").value("mental health"));
        mvc.perform(get("/api/search").param("q", "my son stays in his room all day").param("not_understood", "need"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.understood.need").doesNotExist());
        // Harm is read as the help for it however it is told, so it is not offered to be taken back.
        mvc.perform(get("/api/search").param("q", "my husband is violent"))
                .andExpect(jsonPath("$.urgent_help[0]").value("domestic_abuse"))
                .andExpect(jsonPath("$.understood.need").doesNotExist());
        mvc.perform(get("/api/search").param("q", "toddler group").param("not_understood", "everything"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("not_understood must be")));
    }

    @Test
    void badParametersGetAClearMessageNotAStackTrace() throws Exception {
        mvc.perform(get("/api/search").param("age", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("age has the wrong format"));
        mvc.perform(get("/api/search").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("size must be")));
        mvc.perform(get("/api/search").param("day", "Funday"))
                .andExpect(status().isBadRequest());
    }

    /** #18: a temporarily closed service is in the answer, saying so, with its notice and where to go instead. */
    @Test
    void aTemporarilyClosedServiceIsAnsweredWithItsClosure(@Autowired DirectoryChanges changes,
            @Autowired ServiceIndex index) throws Exception {
        UUID monks = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
        UUID underwood = UUID.fromString("0af23689-886f-58ad-81b5-dace6d819271");
        changes.closeTemporarily(monks, null, LocalDate.of(2027, 1, 3), "Closed while the hall roof is repaired.",
                underwood);
        try {
            Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
            index.refresh();
            String closed = "$.results[?(@.id == '" + monks + "')]";
            String open = "$.results[?(@.id == '" + underwood + "')]";
            mvc.perform(get("/api/search").param("q", "").param("town", "Crewe").param("category", "stay-and-play").param("size", "50"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(closed + ".temporarily_closed", hasItem(true)))
                    .andExpect(jsonPath(closed + ".closure.until", hasItem("2027-01-03")))
                    .andExpect(jsonPath(closed + ".closure.notice", hasItem("Closed while the hall roof is repaired.")))
                    .andExpect(jsonPath(closed + ".closure.alternative_id", hasItem(underwood.toString())))
                    .andExpect(jsonPath(closed + ".closure.alternative_name", hasItem("Stay and Play at Underwood West")))
                    .andExpect(jsonPath(open + ".temporarily_closed", hasItem(false)))
                    .andExpect(jsonPath("$.results[-1:].id", hasItem(monks.toString())));
        } finally {
            changes.reopen(monks);
            Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        }
    }
}
