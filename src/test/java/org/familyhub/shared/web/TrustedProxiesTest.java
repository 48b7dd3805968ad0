package org.familyhub.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real Tomcat answering with the client address it believes, for each setting of the trusted proxies. */
class TrustedProxiesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withNoTrustedProxyAForwardedForHeaderIsIgnored() throws Exception {
        assertThat(seenAs(List.of(), "203.0.113.9", "https")).isEqualTo("127.0.0.1 secure=false");
    }

    @Test
    void fromATrustedProxyTheClientAddressAndSchemeAreTheForwardedOnes() throws Exception {
        assertThat(seenAs(List.of("127.0.0.1"), "203.0.113.9", "https")).isEqualTo("203.0.113.9 secure=true");
    }

    @Test
    void aClientCannotChooseItsAddressByForwardingAHeaderThroughTheProxy() throws Exception {
        // The proxy appends the address it saw; what the client wrote itself comes first and is not believed.
        assertThat(seenAs(List.of("127.0.0.1"), "10.9.9.9, 203.0.113.9", "http"))
                .isEqualTo("203.0.113.9 secure=false");
    }

    @Test
    void anotherProxysHeadersAreIgnoredEvenWithBootsNativeStrategy() throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.addEngineValves(new RemoteIpValve()); // what server.forward-headers-strategy=native adds
        assertThat(seenAs(factory, List.of("10.0.0.5"), "203.0.113.9", "https")).isEqualTo("127.0.0.1 secure=false");
    }

    @Test
    void aNameInsteadOfAnAddressStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.5", "haproxy.internal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"haproxy.internal\" is not an IP address");
        assertThat(new TrustedProxies(List.of(" 10.0.0.5 ", "", "::1")).addresses())
                .containsExactly("10.0.0.5", "0:0:0:0:0:0:0:1");
    }

    private String seenAs(List<String> trusted, String forwardedFor, String proto) throws Exception {
        return seenAs(new TomcatServletWebServerFactory(0), trusted, forwardedFor, proto);
    }

    private String seenAs(TomcatServletWebServerFactory factory, List<String> trusted, String forwardedFor,
            String proto) throws Exception {
        new TrustedProxies(trusted).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("echo", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getWriter().print(request.getRemoteAddr() + " secure=" + request.isSecure());
            }
        }).addMapping("/"));
        server.start();
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                    .header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", proto).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } finally {
            server.stop();
        }
    }
}
