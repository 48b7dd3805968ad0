package org.familyhub.portal.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.familyhub.portal.web.GeneratedFile.Leaflet;
import org.springframework.context.ApplicationContext;

/**
 * For benchmarks that grow the directory straight in the database, past the outbox: makes a locality's and
 * a topic's leaflets and the sitemap again, as the background refresh would after a change.
 */
public final class GeneratedFilesRefill {

    private GeneratedFilesRefill() {
    }

    public static void regenerate(ApplicationContext context, String locality, String category) throws Exception {
        FileGeneration generation = context.getBean(FileGeneration.class);
        for (GeneratedFile file : List.of(new Leaflet(Leaflet.Kind.LOCALITY, locality, "en"),
                new Leaflet(Leaflet.Kind.CATEGORY, category, "en"), new GeneratedFile.SiteMap())) {
            generation.generate(file).get(30, TimeUnit.MINUTES);
        }
    }
}
