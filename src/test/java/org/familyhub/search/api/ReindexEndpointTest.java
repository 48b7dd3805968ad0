package org.familyhub.search.api;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.familyhub.SecuredMvc.as;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ReindexEndpointTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void onlyAnAdministratorStartsAFullReindex() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);

        mvc.perform(post("/api/admin/reindex")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "wrong password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/reindex").with(as("editor"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/reindex").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.index", startsWith(ServiceIndex.ALIAS + "-")));
    }
}
