package org.familyhub.search.api;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/search} with "this week", "open now" and dates: echoed as read, nonsense refused with a 400 (#18). */
@PortalTest
class WhenEndpointTest {

    @Autowired
    SearchEndpoint endpoint;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
    }

    @Test
    void echoesTheWhenFilterAsItWasRead() throws Exception {
        mvc.perform(get("/api/search").param("q", "stay and play").param("when", "this-week"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.when.when").value("this-week"))
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/search").param("q", "stay and play").param("from", "2027-02-15").param("to", "2027-02-19"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.when.from").value("2027-02-15"))
                .andExpect(jsonPath("$.when.to").value("2027-02-19"));
        mvc.perform(get("/api/search").param("q", "stay and play"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.when").isEmpty());
    }

    @Test
    void refusesDatesInThePastTooFarAheadOrMalformedWithAClearMessage() throws Exception {
        mvc.perform(get("/api/search").param("on", "2026-12-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value("on must be today (2026-12-02) or later"));
        mvc.perform(get("/api/search").param("on", "2027-12-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("within the next 12 weeks")));
        mvc.perform(get("/api/search").param("on", "tomorrow"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("year-month-day")));
        mvc.perform(get("/api/search").param("when", "sometime"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("when must be this-week or open-now"));
        mvc.perform(get("/api/search").param("from", "2027-02-19").param("to", "2027-02-15"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("to must not be before from"));
        mvc.perform(get("/api/search").param("when", "open-now").param("on", "2026-12-03"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("give one")));
    }
}
