package org.familyhub.search.api;

import java.util.UUID;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/search} says who may use each service and whether the family may ({@code can_use}) (#18). */
@PortalTest
class ResidentsEndpointTest {

    private static final UUID STAY_AND_PLAY_CONGLETON = UUID.fromString("967e5202-b7da-5f38-b8f0-794dc09ac830");
    private static final UUID STAY_AND_PLAY_MONKS = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    SearchEndpoint endpoint;

    @Test
    void theApiSaysWhoMayUseEachServiceAndRefusesAWrongFlag() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
        mvc.perform(get("/api/search").param("q", "stay and play").param("postcode", "CW1 3AB").param("size", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.origin.locality").value("crewe-nantwich"))
                .andExpect(jsonPath("$.results[?(@.id == '" + STAY_AND_PLAY_CONGLETON + "')].for_residents_of[0]")
                        .value(hasItem("congleton")))
                .andExpect(jsonPath("$.results[?(@.id == '" + STAY_AND_PLAY_CONGLETON + "')].can_use", hasItem(false)))
                .andExpect(jsonPath("$.results[?(@.id == '" + STAY_AND_PLAY_MONKS + "')].can_use", hasItem(true)));
        mvc.perform(get("/api/search").param("q", "stay and play").param("postcode", "CW1 3AB").param("size", "50")
                        .param("can_use", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].id", hasItem(STAY_AND_PLAY_MONKS.toString())))
                .andExpect(jsonPath("$.results[*].id", not(hasItem(STAY_AND_PLAY_CONGLETON.toString()))));
        mvc.perform(get("/api/search").param("q", "stay and play").param("can_use", "maybe"))
                .andExpect(status().isBadRequest());
    }
}
