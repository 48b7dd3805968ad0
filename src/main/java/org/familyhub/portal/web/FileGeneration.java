package org.familyhub.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes generated files one at a time, on one thread of its own: however many requests and changes arrive,
 * generation never takes more than one core. A file already queued or being made is not queued again;
 * whoever asks for it waits for that one generation.
 */
@Component
class FileGeneration {

    private static final Logger log = LoggerFactory.getLogger(FileGeneration.class);

    private final LeafletMaker leaflets;
    private final SiteMapMaker siteMaps;
    private final StoredFiles files;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("generated-files").daemon().factory());
    private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
    private final AtomicLong made = new AtomicLong();

    FileGeneration(LeafletMaker leaflets, SiteMapMaker siteMaps, StoredFiles files, Clock clock) {
        this.leaflets = leaflets;
        this.siteMaps = siteMaps;
        this.files = files;
        this.clock = clock;
    }

    /** Queues the file, unless it is queued already; completes when it is stored. */
    CompletableFuture<Void> generate(GeneratedFile file) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> queued = pending.putIfAbsent(file.name(), mine);
        if (queued != null) {
            return queued;
        }
        worker.execute(() -> {
            try {
                make(file);
                mine.complete(null);
            } catch (RuntimeException e) {
                log.warn("Could not generate {}: {}", file.name(), e.toString());
                mine.completeExceptionally(e);
            } finally {
                pending.remove(file.name(), mine);
            }
        });
        return mine;
    }

    /**
     * The stored file, made first if it never was; empty when it cannot exist (a locality that is gone) or
     * was not ready within the wait.
     */
    Optional<StoredFile> stored(GeneratedFile file, Duration wait) throws TimeoutException {
        Optional<StoredFile> stored = files.find(file.name());
        if (stored.isPresent()) {
            return stored;
        }
        try {
            generate(file).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("Interrupted while waiting for " + file.name());
        } catch (ExecutionException e) {
            // The cause as it is, so a database that is down is answered as such (503), not as a bug.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("Could not generate " + file.name(), e.getCause());
        }
        return files.find(file.name());
    }

    private void make(GeneratedFile file) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        int bytes = switch (file) {
            case GeneratedFile.Leaflet leaflet -> makeLeaflet(leaflet, started);
            case GeneratedFile.SiteMap siteMap -> makeSiteMap(started);
        };
        made.incrementAndGet();
        log.info("Generated {}: {} bytes in {} ms", file.name(), bytes, (System.nanoTime() - start) / 1_000_000);
    }

    /** A leaflet whose locality or topic is gone is removed rather than made. */
    private int makeLeaflet(GeneratedFile.Leaflet leaflet, Instant started) {
        Optional<byte[]> pdf = leaflets.make(leaflet);
        if (pdf.isEmpty()) {
            files.delete(leaflet.name());
            return 0;
        }
        files.store(List.of(new StoredFiles.NewFile(leaflet.name(), "application/pdf", pdf.get())), started);
        return pdf.get().length;
    }

    /** The index and its parts are stored first, then parts no longer named by it are removed. */
    private int makeSiteMap(Instant started) {
        List<StoredFiles.NewFile> parts = siteMaps.make(SiteMapMaker.URLS_PER_PART);
        files.store(parts, started);
        files.deleteOthers(GeneratedFile.SiteMap.PARTS, parts.stream().map(StoredFiles.NewFile::name).toList());
        return parts.stream().mapToInt(part -> part.content().length).sum();
    }

    /** How many files this portal has made since it started. */
    long made() {
        return made.get();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
