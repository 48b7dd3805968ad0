package org.familyhub.portal.web;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.familyhub.directory.PrintedDirectory;
import org.familyhub.portal.web.GeneratedFile.Leaflet;
import org.familyhub.shared.Usage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Printable PDF leaflets, {@code /leaflets/localities/{code}.pdf} and {@code /leaflets/categories/{code}.pdf}
 * ({@code ?lang=pl} for Polish): for libraries, GP surgeries, children's centres and families with no
 * internet at home. Served as stored: {@link LeafletMaker} prints each once per change, and a request only
 * ever waits for the first one.
 */
@RestController
class LeafletEndpoint {

    private final PrintedDirectory printed;
    private final FileGeneration generation;
    private final GeneratedFileProperties settings;
    private final ApplicationEventPublisher events;

    LeafletEndpoint(PrintedDirectory printed, FileGeneration generation, GeneratedFileProperties settings,
            ApplicationEventPublisher events) {
        this.events = events;
        this.printed = printed;
        this.generation = generation;
        this.settings = settings;
    }

    @GetMapping("/leaflets/localities/{code}.pdf")
    ResponseEntity<byte[]> locality(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
        return leaflet(new Leaflet(Leaflet.Kind.LOCALITY, code, lang), "services-in-" + code,
                () -> printed.locality(code).isPresent());
    }

    @GetMapping("/leaflets/categories/{code}.pdf")
    ResponseEntity<byte[]> category(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
        return leaflet(new Leaflet(Leaflet.Kind.CATEGORY, code, lang), code, () -> printed.category(code).isPresent());
    }

    /** Only a locality or topic that exists is ever generated, so odd addresses cost one lookup. */
    private ResponseEntity<byte[]> leaflet(Leaflet leaflet, String fileName, BooleanSupplier exists) {
        Optional<StoredFile> stored;
        try {
            stored = exists.getAsBoolean() ? generation.stored(leaflet, settings.requestWait()) : Optional.empty();
        } catch (TimeoutException e) {
            return FileResponses.notReady();
        }
        if (stored.isEmpty()) {
            return FileResponses.notFound("There is no such leaflet.");
        }
        events.publishEvent(leaflet.kind() == Leaflet.Kind.LOCALITY
                ? new Usage(Usage.Kind.LEAFLET_DOWNLOAD, "locality", leaflet.code())
                : new Usage(Usage.Kind.LEAFLET_DOWNLOAD, "category:" + leaflet.code(), null));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.inline().filename(fileName + ".pdf").build());
        return FileResponses.ok(stored.get(), headers);
    }
}
