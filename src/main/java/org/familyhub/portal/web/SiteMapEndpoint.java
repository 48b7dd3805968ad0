package org.familyhub.portal.web;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.familyhub.portal.PortalPageProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} (a sitemap index), its gzipped parts under {@code /sitemaps/}, and {@code /robots.txt}:
 * so search engines find every public page, and only those. The sitemap is made by {@link SiteMapMaker}
 * once per change and served as stored.
 */
@RestController
class SiteMapEndpoint {

    private static final Pattern PART = Pattern.compile("pages|services-[0-9]{1,6}");

    private final FileGeneration generation;
    private final StoredFiles files;
    private final GeneratedFileProperties settings;
    private final PortalPageProperties pages;

    SiteMapEndpoint(FileGeneration generation, StoredFiles files, GeneratedFileProperties settings,
            PortalPageProperties pages) {
        this.generation = generation;
        this.files = files;
        this.settings = settings;
        this.pages = pages;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        try {
            return generation.stored(new GeneratedFile.SiteMap(), settings.requestWait()).map(FileResponses::ok)
                    .orElseGet(() -> FileResponses.notFound("There is no sitemap."));
        } catch (TimeoutException e) {
            return FileResponses.notReady();
        }
    }

    @GetMapping("/sitemaps/{part}.xml.gz")
    ResponseEntity<byte[]> part(@PathVariable String part) {
        if (!PART.matcher(part).matches()) {
            return FileResponses.notFound("There is no such part of the sitemap.");
        }
        String name = GeneratedFile.SiteMap.PARTS + part + ".xml.gz";
        Optional<StoredFile> stored = files.find(name);
        if (stored.isEmpty() && !files.exists(GeneratedFile.SiteMap.INDEX)) {
            try {
                generation.stored(new GeneratedFile.SiteMap(), settings.requestWait());
            } catch (TimeoutException e) {
                return FileResponses.notReady();
            }
            stored = files.find(name);
        }
        return stored.map(FileResponses::ok)
                .orElseGet(() -> FileResponses.notFound("There is no such part of the sitemap."));
    }

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /shortlist
                Disallow: /search
                Disallow: /login
                Disallow: /account
                Disallow: /workspace
                Sitemap: %s/sitemap.xml
                """.formatted(pages.base());
    }
}
