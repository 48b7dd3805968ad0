package org.familyhub.portal.web;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.familyhub.directory.PrintedDirectory;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.portal.web.GeneratedFile.Leaflet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks the files a change to services makes out of date: the sitemap, and the leaflets (in every language)
 * of the services' localities and topics. Delivered through the outbox after the change committed, and
 * again if this fails; {@link FileRefresh} makes them again later.
 */
@Component
class StaleFiles {

    private final PrintedDirectory printed;
    private final StoredFiles files;
    private final Clock clock;

    StaleFiles(PrintedDirectory printed, StoredFiles files, Clock clock) {
        this.printed = printed;
        this.files = files;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ServicesChanged event) {
        Set<String> localities = printed.localitiesOf(event.serviceIds());
        Set<String> categories = printed.categoriesOf(event.serviceIds());
        Set<String> stale = new LinkedHashSet<>();
        stale.add(GeneratedFile.SiteMap.INDEX);
        for (String language : GeneratedFile.LANGUAGES) {
            localities.forEach(code -> stale.add(new Leaflet(Leaflet.Kind.LOCALITY, code, language).name()));
            categories.forEach(code -> stale.add(new Leaflet(Leaflet.Kind.CATEGORY, code, language).name()));
        }
        files.markStale(stale, clock.instant());
    }
}
