package org.familyhub.faults;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.familyhub.faults.RunningPortal.PortalUnreachable;

/**
 * An administrator uploading a growing feed, one upload every few seconds: each file holds one service more
 * than the last (an edit that must reach the database and the index). Every upload is recorded with whether the
 * administrator was told it worked; one refused a connection (nothing reached a portal) is tried again.
 */
final class GrowingFeed {

    /** One feed upload: how many services the file held and whether the administrator was told it worked. */
    record Upload(int services, boolean acknowledged, String detail) {
    }

    private final String feedId;
    private final String log;
    private final List<Upload> uploads = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unreachable = new AtomicInteger();

    GrowingFeed(String feedId, String log) {
        this.feedId = feedId;
        this.log = log;
    }

    /** Uploads until told to stop or {@code max} files are sent; upload n goes to {@code portalFor.apply(n)}. */
    void upload(BooleanSupplier stopping, int max, IntFunction<RunningPortal> portalFor) {
        int services = 0;
        while (!stopping.getAsBoolean() && services < max) {
            services++;
            String detail;
            boolean acknowledged;
            try {
                HttpResponse<String> response = portalFor.apply(services).post("/api/admin/feeds/" + feedId + "/upload",
                        FeedFile.withServices(services));
                acknowledged = response.statusCode() == 200 && response.body().contains("\"status\":\"ok\"");
                detail = response.statusCode() + (acknowledged ? "" : " " + abbreviate(response.body()));
            } catch (PortalUnreachable e) {
                if (e.getCause() instanceof ConnectException) {
                    // Refused: nothing reached the portal, so nothing was attempted; the same file again later.
                    unreachable.incrementAndGet();
                    services--;
                    Pause.of(Duration.ofSeconds(3));
                    continue;
                }
                acknowledged = false;
                detail = e.getMessage();
            }
            uploads.add(new Upload(services, acknowledged, detail));
            if (!acknowledged) {
                // The administrator was told it failed; the next upload is the same file again, plus one.
                System.out.printf("[%s] upload of %d services not acknowledged: %s%n", log, services, detail);
            }
            Pause.of(Duration.ofSeconds(3));
        }
    }

    List<Upload> uploads() {
        synchronized (uploads) {
            return List.copyOf(uploads);
        }
    }

    int unreachable() {
        return unreachable.get();
    }

    /** The most services in a file the administrator was told was stored: each of them must be in the database. */
    int acknowledgedServices() {
        return uploads().stream().filter(Upload::acknowledged).mapToInt(Upload::services).max().orElse(0);
    }

    /** Services of acknowledged uploads that are not among the names stored. */
    List<String> missingFrom(Set<String> storedNames) {
        List<String> missing = new ArrayList<>();
        for (int n = 1; n <= acknowledgedServices(); n++) {
            if (!storedNames.contains(FeedFile.SERVICE_PREFIX + n)) {
                missing.add(FeedFile.SERVICE_PREFIX + n);
            }
        }
        return missing;
    }

    /** The report's row: uploads attempted, stored, told it failed, lost (acknowledged but not stored). */
    record Counts(int attempted, int stored, int told, int lost) {
    }

    Counts counts(Set<String> storedNames) {
        int stored = 0;
        int told = 0;
        int lost = 0;
        List<Upload> all = uploads();
        for (Upload upload : all) {
            if (storedNames.contains(FeedFile.SERVICE_PREFIX + upload.services())) {
                stored++;
            } else if (upload.acknowledged()) {
                lost++;
            } else {
                told++;
            }
        }
        return new Counts(all.size(), stored, told, lost);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
