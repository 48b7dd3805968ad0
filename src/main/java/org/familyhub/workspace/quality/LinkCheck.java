package org.familyhub.workspace.quality;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.familyhub.shared.outbound.OutboundFetch;
import org.familyhub.shared.outbound.OutboundFetchException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live listings whose web address is broken: answers 4xx or 5xx (redirects followed), does not answer within the
 * timeout, or is not a public http(s) address. Fetched through {@link OutboundFetch}, which never reaches a
 * private address; a page's addresses are checked a few at a time so one slow site does not hold up the rest.
 */
@Component
class LinkCheck implements QualityCheck {

    private static final int AT_ONCE = 8;

    private final JdbcClient jdbc;
    private final OutboundFetch fetch;
    private final Duration timeout;

    LinkCheck(JdbcClient jdbc, OutboundFetch fetch, QualityProperties properties) {
        this.jdbc = jdbc;
        this.fetch = fetch;
        this.timeout = properties.linkTimeout();
    }

    @Override
    public QualityKind kind() {
        return QualityKind.BROKEN_LINK;
    }

    @Override
    public boolean check(Consumer<List<Finding>> found) {
        UUID after = new UUID(0, 0);
        List<Link> page;
        do {
            page = jdbc.sql("""
                    select id, url from service where status = 'active' and url is not null and url <> ''
                    and id > :after order by id limit :size""")
                    .param("after", after).param("size", PAGE)
                    .query((row, n) -> new Link(row.getObject(1, UUID.class), row.getString(2))).list();
            found.accept(broken(page));
            after = page.isEmpty() ? after : page.getLast().service();
        } while (page.size() == PAGE);
        return true;
    }

    private List<Finding> broken(List<Link> links) {
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, Thread.ofVirtual().factory())) {
            List<Future<Optional<Finding>>> checks = links.stream().map(link -> pool.submit(() -> check(link))).toList();
            return checks.stream().map(LinkCheck::result).flatMap(Optional::stream).toList();
        }
    }

    Optional<Finding> check(Link link) {
        try {
            int status = fetch.status(link.url(), timeout);
            return status < 400 ? Optional.empty()
                    : Optional.of(finding(link, link.url() + " answers with error " + status + "."));
        } catch (OutboundFetchException e) {
            return Optional.of(finding(link, link.url() + " gives no answer within " + timeout.toSeconds()
                    + " seconds, or is not a public web address."));
        }
    }

    private Finding finding(Link link, String details) {
        return new Finding(link.service(), kind(), link.url(), details);
    }

    private static Optional<Finding> result(Future<Optional<Finding>> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    record Link(UUID service, String url) {
    }
}
