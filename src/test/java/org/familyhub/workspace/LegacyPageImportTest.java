package org.familyhub.workspace;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.shared.outbound.HtmlAnswer;
import org.familyhub.shared.outbound.OutboundFetchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;

/**
 * "Import an old web page by address" through the portal. The test profile allows 127.0.0.1 (as a council
 * might allow its old web server); 127.0.0.2 is the same machine but not allowed, so it stands for every
 * address on the portal's own network.
 */
@PortalTest
class LegacyPageImportTest {

    static final String PAGE = "<html><head><title>Old site</title></head><body><h1>Echidna Tots</h1>"
            + "<p>A singing group for toddlers and their grown-ups, every Tuesday morning.</p></body></html>";

    @Autowired
    LegacyPageImport legacyPages;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final Set<UUID> created = new HashSet<>();
    final AtomicInteger served = new AtomicInteger();
    HttpServer allowed;
    HttpServer internal;
    int closedPort;

    @BeforeEach
    void start() throws IOException {
        SignedIn.as(accounts, "editor");
        allowed = server("127.0.0.1");
        internal = server("127.0.0.2");
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.2"))) {
            closedPort = free.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        allowed.stop(0);
        internal.stop(0);
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
    }

    @Test
    void aPageOnAnAllowedHostBecomesADraft() {
        Draft draft = legacyPages.importUrl("http://127.0.0.1:" + allowed.getAddress().getPort() + "/tots.html",
                CONNEXIONS);
        created.add(draft.serviceId());

        assertThat(draft.name()).isEqualTo("Echidna Tots");
        assertThat(served).hasValue(1);
    }

    @Test
    void theServersOwnNetworkIsRefusedInTheSameWordsWhetherAPortIsOpenOrClosed() {
        String open = refusal("http://127.0.0.2:" + internal.getAddress().getPort() + "/tots.html");
        String closed = refusal("http://127.0.0.2:" + closedPort + "/tots.html");
        String metadata = refusal("http://169.254.169.254/latest/meta-data/");
        String redirected = refusal("http://127.0.0.1:" + allowed.getAddress().getPort()
                + "/redirect?to=http://127.0.0.2:" + internal.getAddress().getPort() + "/tots.html");

        assertThat(open).startsWith(OutboundFetchException.NOT_FETCHED).isEqualTo(closed).isEqualTo(metadata)
                .isEqualTo(redirected).doesNotContain(String.valueOf(closedPort)).doesNotContainIgnoringCase("refused");
        assertThat(served).as("only the allowed server's redirect was fetched").hasValue(1);
    }

    private String refusal(String url) {
        Throwable thrown = catchThrowable(() -> legacyPages.importUrl(url, CONNEXIONS));
        assertThat(thrown).as(url).isInstanceOf(IllegalArgumentException.class);
        return thrown.getMessage();
    }

    private HttpServer server(String address) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.createContext("/tots.html", exchange -> answer(exchange, 200, PAGE, null));
        server.createContext("/redirect", exchange -> answer(exchange, 302, "",
                exchange.getRequestURI().getQuery().substring("to=".length())));
        server.start();
        return server;
    }

    private void answer(HttpExchange exchange, int status, String body, String location) throws IOException {
        served.incrementAndGet();
        HtmlAnswer.send(exchange, status, body, location);
    }
}
