package org.familyhub.workspace.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.familyhub.shared.outbound.OutboundFetch;
import org.familyhub.shared.outbound.OutboundFetchException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live listings whose web address is broken: answers 4xx or 5xx (redirects followed), does not answer within the
 * timeout, or is not a public http(s) address. Fetched through {@link OutboundFetch}, which never reaches a
 * private address; a page's addresses are checked a few at a time so one slow site does not hold up the rest.
 * <p>
 * Offline, every address fails alike, so "no answer" findings are held back until some site has answered at all;
 * if none has after {@link #GIVE_UP_AFTER} addresses (or by the end), the check is not made this time and earlier
 * findings stay as they were, rather than every listing being called broken.
 */
@Component
class LinkCheck implements QualityCheck {

    private static final int AT_ONCE = 8;
    /** Addresses tried without a single answer before the network is taken to be away. */
    static final int GIVE_UP_AFTER = 500;

    private final JdbcClient jdbc;
    private final OutboundFetch fetch;
    private final Duration timeout;
    private final boolean enabled;

    LinkCheck(JdbcClient jdbc, OutboundFetch fetch, QualityProperties properties) {
        this.jdbc = jdbc;
        this.fetch = fetch;
        this.timeout = properties.linkTimeout();
        this.enabled = properties.links();
    }

    @Override
    public QualityKind kind() {
        return QualityKind.BROKEN_LINK;
    }

    @Override
    public boolean check(Consumer<List<Finding>> found) {
        return enabled && check(this::pageAfter, found);
    }

    /** The check over pages of addresses, each asked for after the last one's final listing (none: the first). */
    boolean check(Function<@Nullable UUID, List<Link>> pages, Consumer<List<Finding>> found) {
        List<Finding> unanswered = new ArrayList<>();
        boolean anyAnswer = false;
        int tried = 0;
        @Nullable UUID after = null;
        List<Link> page;
        do {
            page = pages.apply(after);
            tried += page.size();
            List<Result> results = results(page);
            anyAnswer |= results.stream().anyMatch(Result::answered);
            List<Finding> findings = results.stream().map(Result::finding).flatMap(Optional::stream).toList();
            if (anyAnswer) {
                found.accept(unanswered);
                unanswered = new ArrayList<>();
                found.accept(findings);
            } else if (tried >= GIVE_UP_AFTER) {
                return false;
            } else {
                unanswered.addAll(findings);
            }
            after = page.isEmpty() ? after : page.getLast().service();
        } while (page.size() == PAGE);
        return anyAnswer || tried == 0;
    }

    private List<Link> pageAfter(@Nullable UUID after) {
        return jdbc.sql("""
                select id, url from service where status = 'active' and url is not null and url <> ''
                and id > :after order by id limit :size""")
                .param("after", after == null ? new UUID(0, 0) : after).param("size", PAGE)
                .query((row, n) -> new Link(row.getObject(1, UUID.class), row.getString(2))).list();
    }

    private List<Result> results(List<Link> links) {
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, Thread.ofVirtual().factory())) {
            List<Future<Result>> checks = links.stream().map(link -> pool.submit(() -> result(link))).toList();
            return checks.stream().map(LinkCheck::done).flatMap(Optional::stream).toList();
        }
    }

    Optional<Finding> check(Link link) {
        return result(link).finding();
    }

    private Result result(Link link) {
        try {
            int status = fetch.status(link.url(), timeout);
            return new Result(true, status < 400 ? Optional.empty()
                    : Optional.of(finding(link, "quality.detail.linkError", link.url(), status)));
        } catch (OutboundFetchException e) {
            return new Result(false, Optional.of(finding(link, "quality.detail.linkNoAnswer", link.url(),
                    timeout.toSeconds())));
        }
    }

    private Finding finding(Link link, String key, Object... values) {
        return new Finding(link.service(), kind(), link.url(), key, values);
    }

    private static Optional<Result> done(Future<Result> check) {
        try {
            return Optional.of(check.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** One address tried: whether anything answered (any HTTP status), and what is wrong, if anything. */
    private record Result(boolean answered, Optional<Finding> finding) {
    }

    record Link(UUID service, String url) {
    }
}
