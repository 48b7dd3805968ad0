package org.familyhub.shared.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against a real HTTP server on this machine. The portal may fetch it only through the allow-list; without
 * it, the server's address, a redirect to it, a closed port and a host that does not exist all get one
 * and the same answer.
 */
class OutboundFetchTest {

    HttpServer server;
    final AtomicInteger served = new AtomicInteger();
    int closedPort;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", exchange -> answer(exchange, 200, "<h1>Stay and play</h1>", null));
        server.createContext("/to-loopback", exchange -> answer(exchange, 302, "",
                "http://127.0.0.1:" + port() + "/page"));
        server.createContext("/to-closed-port", exchange -> answer(exchange, 302, "",
                "http://127.0.0.1:" + closedPort + "/page"));
        server.createContext("/to-metadata", exchange -> answer(exchange, 307, "",
                "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/relative", exchange -> answer(exchange, 301, "", "/page"));
        server.createContext("/loop", exchange -> answer(exchange, 302, "", "/loop"));
        server.start();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void withTheHostOnTheAllowListThePageAndItsRedirectsAreFetched() {
        OutboundFetch fetch = fetch("127.0.0.1");

        Fetched page = fetch.get(url("/page"), "text/html", 10_000);
        Fetched redirected = fetch.get(url("/relative"), "text/html", 10_000);

        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<h1>Stay and play</h1>");
        assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(redirected.status()).isEqualTo(200);
        assertThat(redirected.uri().getPath()).isEqualTo("/page");
    }

    @Test
    void withoutTheAllowListLoopbackIsRefusedTheSameWayWhetherThePortIsOpenOrClosed() {
        OutboundFetch fetch = fetch();

        assertNotFetched(fetch, url("/page"));
        assertNotFetched(fetch, "http://127.0.0.1:" + closedPort + "/page");
        assertNotFetched(fetch, "http://localhost:" + port() + "/page");
        assertNotFetched(fetch, "http://[::1]:" + port() + "/page");
        assertNotFetched(fetch, "http://no-such-host.invalid/page");
        assertThat(served).hasValue(0);
    }

    @Test
    void aRedirectToLoopbackIsRefusedTheSameWayWhetherThePortIsOpenOrClosed() {
        // Only "localhost" is allowed: the redirects go to 127.0.0.1, which is not.
        OutboundFetch fetch = fetch("localhost");
        String start = "http://localhost:" + port();

        assertThat(fetch.get(start + "/page", "text/html", 10_000).status()).isEqualTo(200);
        served.set(0);
        assertNotFetched(fetch, start + "/to-loopback");
        assertNotFetched(fetch, start + "/to-closed-port");
        assertNotFetched(fetch, start + "/to-metadata");
        assertThat(served).as("only the redirecting page was fetched, never its target").hasValue(3);
    }

    @Test
    void otherSchemesTooManyRedirectsAndTheCloudMetadataAddressAreRefused() {
        OutboundFetch fetch = fetch("127.0.0.1");

        assertNotFetched(fetch, "file:///etc/passwd");
        assertNotFetched(fetch, "ftp://127.0.0.1:" + port() + "/page");
        assertNotFetched(fetch, "http://user:secret@127.0.0.1:" + port() + "/page");
        assertNotFetched(fetch, "not an address");
        assertNotFetched(fetch, url("/loop"));
        assertNotFetched(fetch, "http://169.254.169.254/latest/meta-data/");
        assertNotFetched(fetch, "http://[fd00::1]/");
    }

    @Test
    void aBodyLongerThanAskedForIsRefused() {
        assertThatThrownBy(() -> fetch("127.0.0.1").get(url("/page"), "text/html", 5))
                .isInstanceOf(OutboundFetchException.class).hasMessageContaining("more than 5 bytes");
    }

    private void assertNotFetched(OutboundFetch fetch, String address) {
        assertThatThrownBy(() -> fetch.get(address, "text/html", 10_000)).as(address)
                .isInstanceOf(OutboundFetchException.class)
                .hasMessage(OutboundFetchException.NOT_FETCHED);
    }

    private static OutboundFetch fetch(String... allowedHosts) {
        return new OutboundFetch(new OutboundProperties(List.of(allowedHosts), 5, Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, int status, String body, String location) throws IOException {
        served.incrementAndGet();
        HtmlAnswer.send(exchange, status, body, location);
    }
}
