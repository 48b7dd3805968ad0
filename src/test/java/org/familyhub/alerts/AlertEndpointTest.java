package org.familyhub.alerts;

import java.util.UUID;
import java.util.regex.Pattern;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms' and mail programs' side, through the real security chains and without a session or CSRF token (as a
 * browser without JavaScript and a mail program send them): a GET of a link never unsubscribes; the RFC 8058 POST does.
 */
@PortalTest
class AlertEndpointTest {

    private static final Pattern CONFIRM = Pattern.compile("/alerts/confirm\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/alerts/unsubscribe\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    WebApplicationContext context;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormSignsUpConfirmsAndAMailProgramsOneClickPostDeletesButAGetDoesNot() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        String address = "parent-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/api/alerts").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("email", address).param("query", "q=stay+and+play").param("language", "en"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/alerts/sent"));
        String token = SearchAlertsTest.token(CONFIRM, mailbox.to(address).getFirst());

        assertThat(confirmed(address)).isFalse();
        mvc.perform(post("/api/alerts/confirm").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("token", token))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/alerts/confirmed"));
        assertThat(confirmed(address)).isTrue();

        String unsubscribe = SearchAlertsTest.token(UNSUBSCRIBE, mailbox.to(address).getFirst());
        mvc.perform(get("/api/alerts/unsubscribe").param("token", unsubscribe))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/alerts/unsubscribe?token=" + unsubscribe));
        assertThat(stored(address)).as("a mail scanner's GET unsubscribes nobody").isOne();

        mvc.perform(post("/api/alerts/unsubscribe?token=" + unsubscribe)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(stored(address)).as("deleted at once").isZero();
        mvc.perform(post("/api/alerts/unsubscribe?token=" + unsubscribe)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedSignUpGoesBackToAPageSayingWhyWithTheSearchKept() throws Exception {
        SecuredMvc.of(context).perform(post("/api/alerts").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("email", "nobody").param("query", "q=play"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/alerts/bad-address?query=q%3Dplay"));
    }

    private long stored(String address) {
        return jdbc.sql("select count(*) from search_alert where email = ?").param(address).query(Long.class).single();
    }

    private boolean confirmed(String address) {
        return jdbc.sql("select confirmed_at is not null from search_alert where email = ?").param(address)
                .query(Boolean.class).single();
    }
}
