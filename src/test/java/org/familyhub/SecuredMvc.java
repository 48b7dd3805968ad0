package org.familyhub;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** HTTP calls through the real security filter chains, signed in as one of the demo users (or not at all). */
public final class SecuredMvc {

    /** The embedded-mode demo users' password (see the README). */
    public static final String DEMO_PASSWORD = "demo-family-hub";

    private SecuredMvc() {
    }

    public static MockMvc of(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** HTTP Basic as a demo user, e.g. {@code as("admin")}. */
    public static RequestPostProcessor as(String username) {
        return httpBasic(username, DEMO_PASSWORD);
    }
}
