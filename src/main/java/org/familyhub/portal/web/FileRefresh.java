package org.familyhub.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.directory.PrintedDirectory;
import org.familyhub.portal.web.GeneratedFile.Leaflet;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the generated files current: makes again those marked stale (at most once per debounce period each)
 * and those older than the refresh period, and at start makes the leaflets and sitemap that were never made.
 * It only queues them: {@link FileGeneration} makes them one at a time.
 */
@Component
class FileRefresh {

    private final StoredFiles files;
    private final FileGeneration generation;
    private final PrintedDirectory printed;
    private final GeneratedFileProperties settings;
    private final Clock clock;

    FileRefresh(StoredFiles files, FileGeneration generation, PrintedDirectory printed,
            GeneratedFileProperties settings, Clock clock) {
        this.files = files;
        this.generation = generation;
        this.printed = printed;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${familyhub.portal.files.check-interval:30s}",
            initialDelayString = "${familyhub.portal.files.check-interval:30s}")
    @SchedulerLock(name = "generated-file-refresh")
    void regenerateDue() {
        regenerate(settings.debounce());
    }

    /** Queues every file due: stale for at least the debounce period, or older than the refresh period. */
    CompletableFuture<Void> regenerate(Duration debounce) {
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        files.due(clock.instant().minus(debounce), clock.instant().minus(settings.refreshAfter()))
                .forEach(name -> GeneratedFile.parse(name).ifPresent(file -> queued.add(generation.generate(file))));
        return CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (settings.generateOnStart()) {
            generateMissing();
        }
    }

    /** Queues the sitemap and every locality's and top-level topic's leaflet that is not stored yet. */
    CompletableFuture<Void> generateMissing() {
        List<GeneratedFile> expected = new ArrayList<>();
        expected.add(new GeneratedFile.SiteMap());
        for (String language : GeneratedFile.LANGUAGES) {
            printed.localityCodes().forEach(code -> expected.add(new Leaflet(Leaflet.Kind.LOCALITY, code, language)));
            printed.topLevelCategoryCodes()
                    .forEach(code -> expected.add(new Leaflet(Leaflet.Kind.CATEGORY, code, language)));
        }
        return CompletableFuture.allOf(expected.stream().filter(file -> !files.exists(file.name()))
                .map(generation::generate).toArray(CompletableFuture[]::new));
    }
}
