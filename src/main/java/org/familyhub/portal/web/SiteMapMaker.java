package org.familyhub.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.familyhub.directory.PrintedDirectory;
import org.familyhub.directory.PublishedServiceIds;
import org.familyhub.directory.PublishedServiceIds.PublishedService;
import org.familyhub.directory.Venues;
import org.familyhub.portal.PortalPageProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes the sitemap (sitemaps.org 0.9): an index at {@code /sitemap.xml} pointing to gzipped parts, one for
 * the fixed pages, localities, topics and centres, then the published services in parts of at most
 * {@link #URLS_PER_PART} addresses. Service ids are read a part at a time, ids only.
 */
@Component
class SiteMapMaker {

    /** Well below the protocol's 50,000 URLs and 50 MB, so a part stays small to fetch and to store. */
    static final int URLS_PER_PART = 10_000;

    static final String XML = "application/xml";
    static final String GZIP = "application/gzip";

    private final PublishedServiceIds services;
    private final PrintedDirectory printed;
    private final Venues venues;
    private final PortalPageProperties pages;

    SiteMapMaker(PublishedServiceIds services, PrintedDirectory printed, Venues venues, PortalPageProperties pages) {
        this.services = services;
        this.printed = printed;
        this.venues = venues;
        this.pages = pages;
    }

    /** The index and every part, the index last. */
    List<StoredFiles.NewFile> make(int urlsPerPart) {
        List<StoredFiles.NewFile> files = new ArrayList<>();
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String pagesPart = GeneratedFile.SiteMap.PARTS + "pages.xml.gz";
        files.add(new StoredFiles.NewFile(pagesPart, GZIP, gzip(urlSet(fixedPages().stream()
                .map(path -> url(path, null)).toList()))));
        index.append(entry(pagesPart, null));
        PublishedService after = null;
        for (int part = 1; ; part++) {
            List<PublishedService> batch = services.after(after, urlsPerPart);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.getLast();
            String name = GeneratedFile.SiteMap.PARTS + "services-" + part + ".xml.gz";
            files.add(new StoredFiles.NewFile(name, GZIP, gzip(urlSet(batch.stream()
                    .map(service -> url("/services/" + service.id(), service.lastModified())).toList()))));
            index.append(entry(name, batch.stream().map(PublishedService::lastModified)
                    .max(Comparator.naturalOrder()).orElseThrow()));
        }
        files.add(new StoredFiles.NewFile(GeneratedFile.SiteMap.INDEX, XML,
                index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private Set<String> fixedPages() {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/centres"));
        printed.localityCodes().forEach(code -> paths.add("/localities/" + code));
        printed.topLevelCategoryCodes().forEach(code -> paths.add("/categories/" + code));
        venues.centres(null).forEach(centre -> paths.add("/venues/" + centre.id()));
        return paths;
    }

    private static String urlSet(List<String> urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.forEach(xml::append);
        return xml.append("</urlset>\n").toString();
    }

    private String url(String path, @Nullable Instant lastModified) {
        return "  <url><loc>" + HtmlUtils.htmlEscape(pages.base() + path) + "</loc>" + lastmod(lastModified)
                + "</url>\n";
    }

    private String entry(String part, @Nullable Instant lastModified) {
        return "  <sitemap><loc>" + HtmlUtils.htmlEscape(pages.base() + part) + "</loc>" + lastmod(lastModified)
                + "</sitemap>\n";
    }

    private static String lastmod(@Nullable Instant at) {
        return at == null ? "" : "<lastmod>" + DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS))
                + "</lastmod>";
    }

    private static byte[] gzip(String xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compress the sitemap", e);
        }
        return bytes.toByteArray();
    }
}
