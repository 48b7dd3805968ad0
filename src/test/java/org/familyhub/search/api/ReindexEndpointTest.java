package org.familyhub.search.api;

import org.familyhub.PortalTest;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ReindexEndpointTest {

    @Autowired
    ServiceIndex index;

    @Test
    void isSwitchedOffWithoutAConfiguredToken() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReindexEndpoint(index, "")).build();

        mvc.perform(post("/api/admin/reindex").header("Authorization", "Bearer "))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheAdministratorsTokenStartsAFullReindex() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReindexEndpoint(index, "s3cret-token")).build();

        mvc.perform(post("/api/admin/reindex")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/reindex").header("Authorization", "Bearer wrong"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/reindex").header("Authorization", "Bearer s3cret-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.index", startsWith(ServiceIndex.ALIAS + "-")));
    }
}
