package org.familyhub.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers over real HTTP, through Tomcat and every filter. The same application context as the
 * real-browser tests (they prove the policy lets Vaadin's pages work; this proves it is sent).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class SecurityHeadersTest {

    private static final String ATTACKER_HOST = "evil.example";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=stay", "/services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", "/api/oruk/",
            "/api/search?q=stay", "/styles/portal.css", "/sitemap.xml"})
    void everyResponseCarriesTheBrowserProtections(String path) throws Exception {
        HttpResponse<String> response = get(path);

        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'", "img-src 'self' data: https://tile.openstreetmap.org")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'unsafe-eval';")
                .doesNotContain("script-src 'self' 'unsafe-inline'", "*;", " * ");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=(self)")
                // Chromium reports a feature it does not know as an error on every page.
                .doesNotContain("bluetooth");
    }

    @Test
    void everyInlineScriptOfAPageCarriesThatResponsesNonceAndNoOtherNonce() throws Exception {
        HttpResponse<String> response = get("/services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

        String nonce = response.headers().firstValue("Content-Security-Policy").orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.body());
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
        assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(nonce);
    }

    @Test
    void theSessionCookieIsNeverSentWithAnotherSitesPost() throws Exception {
        HttpResponse<String> response = get("/");

        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
    }

    /** A Host header is the client's to choose: nothing the portal answers may repeat it. */
    @ParameterizedTest
    @ValueSource(strings = {"/images", "/scripts", "/styles", "/VAADIN", "/api/oruk/", "/api/oruk", "/workspace",
            "/logout", "/login", "/services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54"})
    void noAnswerRepeatsAnAttackersHostHeader(String path) throws Exception {
        String answer = rawGet(path, ATTACKER_HOST);

        assertThat(answer).as(answer.lines().limit(15).reduce("", (a, b) -> a + "\n" + b))
                .startsWith("HTTP/1.1 ").doesNotContainIgnoringCase(ATTACKER_HOST);
    }

    /** Java's HTTP client will not send a Host header of our choosing, so this speaks HTTP/1.1 itself. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html,application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
