package org.familyhub.portal.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.Venues;
import org.familyhub.portal.PortalPageProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** {@code /sitemap.xml} and {@code /robots.txt}: so search engines find every public page, and only those. */
@RestController
class SiteMapEndpoint {

    private final Directory directory;
    private final Venues venues;
    private final PortalPageProperties pages;

    SiteMapEndpoint(Directory directory, Venues venues, PortalPageProperties pages) {
        this.directory = directory;
        this.venues = venues;
        this.pages = pages;
    }

    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        paths.add("/centres");
        Set<UUID> services = new LinkedHashSet<>();
        for (LocalitySummary locality : directory.localities()) {
            paths.add("/localities/" + locality.code());
            directory.servicesInLocality(locality.code()).stream().map(ServiceCard::id).forEach(services::add);
        }
        for (CategorySummary category : directory.categories()) {
            paths.add("/categories/" + category.code());
        }
        venues.centres(null).forEach(centre -> paths.add("/venues/" + centre.id()));
        services.forEach(id -> paths.add("/services/" + id));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.forEach(path -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(pages.base() + path))
                .append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
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
