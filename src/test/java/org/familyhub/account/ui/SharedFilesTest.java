package org.familyhub.account.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.familyhub.portal.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP (the stylesheet is served by Vaadin's servlet, which MockMvc does not reach). */
@BrowserTest
class SharedFilesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theStylesheetMayBeKeptByTheBrowserAndStartsNoSession() throws Exception {
        HttpResponse<String> css = get("/styles/portal.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
    }

    /** Issue 18: every browser asks for {@code /favicon.ico}; it was a 404 on every first visit. */
    @Test
    void theSiteHasAnIconBrowsersFindWithoutBeingTold() throws Exception {
        HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0); // an ICO file's header: reserved 0, type 1 (icon)
        assertThat(icon.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
