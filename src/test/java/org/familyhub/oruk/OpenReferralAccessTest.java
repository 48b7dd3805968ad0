package org.familyhub.oruk;

import java.util.List;

import jakarta.servlet.Filter;
import org.familyhub.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How the API answers as the portal serves it, through every filter: CORS on every response, asked with an
 * {@code Origin} or not, and a rate allowance a validator's run fits in, while a flood is still refused.
 */
@PortalTest
class OpenReferralAccessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    List<Filter> filters;
    @Autowired
    OrukProperties properties;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilters(filters.toArray(Filter[]::new)).build();
    }

    @Test
    void everyAnswerAllowsAnyOriginWithOrWithoutAnOriginHeader() throws Exception {
        String service = "/api/oruk/services/" + OpenReferralEndpointTest.AUTISM_GROUP;
        MockHttpServletResponse ok = perform(get(service), "192.0.2.1");
        assertThat(ok.getStatus()).isEqualTo(200);
        for (MockHttpServletRequestBuilder request : List.of(get("/api/oruk"), get("/api/oruk/"),
                get("/api/oruk/openapi.json"), get(service), get("/api/oruk/services").param("page", "0"),
                get("/api/oruk/services").param("nonsense", "1"), get("/api/oruk/services/" + OpenReferralEndpointTest.UNKNOWN),
                get(service).header(HttpHeaders.IF_NONE_MATCH, ok.getHeader(HttpHeaders.ETAG)),
                get(service).header(HttpHeaders.ORIGIN, "https://other-council.example"))) {
            MockHttpServletResponse response = perform(request, "192.0.2.1");
            assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
                    .as(request.buildRequest(context.getServletContext()).getRequestURI() + " " + response.getStatus())
                    .isEqualTo("*");
        }
        assertThat(perform(get(service).header(HttpHeaders.IF_NONE_MATCH, ok.getHeader(HttpHeaders.ETAG)), "192.0.2.1")
                .getStatus()).isEqualTo(304);
    }

    @Test
    void aValidatorsRunOfAHundredRequestsPassesAndAFloodIsRefused() throws Exception {
        assertThat(properties.burst()).isGreaterThanOrEqualTo(150);
        for (int i = 0; i < 120; i++) {
            assertThat(perform(get("/api/oruk/taxonomies/" + OpenReferralEndpointTest.UNKNOWN), "192.0.2.2")
                    .getStatus()).as("request " + (i + 1)).isEqualTo(404);
        }
        int refused = 0;
        for (int i = 0; i < properties.burst(); i++) {
            MockHttpServletResponse response = perform(get("/api/oruk/taxonomies/" + OpenReferralEndpointTest.UNKNOWN),
                    "192.0.2.2");
            if (response.getStatus() == 429) {
                refused++;
                assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
            }
        }
        assertThat(refused).isPositive();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }
}
