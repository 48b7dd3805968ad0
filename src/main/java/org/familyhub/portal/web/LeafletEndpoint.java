package org.familyhub.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Timetable;
import org.familyhub.portal.ListingWords;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.PortalProperties;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Printable PDF leaflets, {@code /leaflets/localities/{code}.pdf} and {@code /leaflets/categories/{code}.pdf}
 * ({@code ?lang=pl} for Polish): for libraries, GP surgeries, children's centres and families with no
 * internet at home. Every entry says what it costs, where it is and how to get in touch.
 */
@RestController
class LeafletEndpoint {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final Directory directory;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;

    LeafletEndpoint(Directory directory, Timetable timetable, PortalProperties portal, PortalPageProperties pages) {
        this.directory = directory;
        this.timetable = timetable;
        this.portal = portal;
        this.pages = pages;
    }

    @GetMapping("/leaflets/localities/{code}.pdf")
    ResponseEntity<byte[]> locality(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
        Optional<LocalitySummary> locality = directory.locality(code);
        if (locality.isEmpty()) {
            return notFound();
        }
        BundleText text = new BundleText(lang);
        return pdf("services-in-" + code, leaflet(text.translate("locality.title", locality.get().name()),
                text.translate("leaflet.localityIntro", locality.get().name(), portal.areaName()),
                directory.servicesInLocality(code), text, "/localities/" + code));
    }

    @GetMapping("/leaflets/categories/{code}.pdf")
    ResponseEntity<byte[]> category(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
        Optional<CategorySummary> category = directory.category(code);
        if (category.isEmpty()) {
            return notFound();
        }
        BundleText text = new BundleText(lang);
        return pdf(code, leaflet(category.get().name(),
                text.translate("leaflet.categoryIntro", category.get().name(), portal.areaName()),
                directory.servicesInCategory(code), text, "/categories/" + code));
    }

    /** The leaflet as XHTML, built with jsoup so listing text is always escaped. */
    Document leaflet(String title, String intro, List<ServiceCard> services, BundleText text, String path) {
        ListingWords words = new ListingWords(text, text.locale(), portal.areaName(), timetable.today());
        Document doc = Jsoup.parse("<html><head><meta charset=\"utf-8\"/></head><body></body></html>");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", text.locale().getLanguage());
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("style").text("""
                @page { size: A4; margin: 16mm 14mm; @bottom-center { content: counter(page) " / " counter(pages);
                  font-family: 'Leaflet Sans'; font-size: 9pt; } }
                body { font-family: 'Leaflet Sans'; font-size: 11pt; line-height: 1.35; color: #1d1d1b; }
                h1 { font-size: 20pt; margin: 0 0 4pt; color: #0b5b4b; }
                h2 { font-size: 13pt; margin: 10pt 0 2pt; }
                .service { page-break-inside: avoid; border-top: 1pt solid #8a9a94; padding-top: 4pt; }
                .fact { margin: 1pt 0; }
                .label { font-weight: bold; }
                .safe { border: 2pt solid #1d1d1b; padding: 6pt; margin: 8pt 0; font-weight: bold; }
                .muted { color: #4a4a48; }
                """);
        Element body = doc.body();
        body.appendElement("p").addClass("muted").text(portal.portalName());
        body.appendElement("h1").text(title);
        body.appendElement("p").text(intro);
        Element safe = body.appendElement("div").addClass("safe");
        safe.appendElement("p").text(text.translate("footer.safeguarding"));
        safe.appendElement("p").text(text.translate("footer.worried", portal.frontDoorPhone()));
        for (ServiceCard card : services) {
            Element entry = body.appendElement("div").addClass("service");
            entry.appendElement("h2").text(card.name());
            entry.appendElement("p").addClass("muted").text(text.translate("card.provider", card.provider()));
            fact(entry, text.translate("card.cost"), words.cost(card.cost()));
            fact(entry, text.translate("card.where"), words.places(card.places()));
            fact(entry, text.translate("card.ages"), words.ages(card.minimumAge(), card.maximumAge()));
            directory.service(card.id()).ifPresent(details -> details(entry, details, words, text));
        }
        body.appendElement("p").addClass("muted").text(text.translate("leaflet.footer",
                pages.base() + path, words.date(timetable.today())));
        return doc;
    }

    private static void details(Element entry, ServiceDetails details, ListingWords words, BundleText text) {
        details.access().stream().findFirst()
                .ifPresent(access -> fact(entry, text.translate("service.howToGet"),
                        text.translate("access." + access.name())));
        details.venues().stream().flatMap(v -> v.sessions().stream()).map(words::session).filter(s -> !s.isEmpty())
                .findFirst().ifPresent(when -> fact(entry, text.translate("leaflet.when"), when));
        details.phones().stream().findFirst()
                .ifPresent(phone -> fact(entry, text.translate("service.phone"), phone.number()));
        if (details.email() != null) {
            fact(entry, text.translate("service.email"), details.email());
        }
    }

    private static void fact(Element entry, String label, String value) {
        Element p = entry.appendElement("p").addClass("fact");
        p.appendElement("span").addClass("label").text(label + ": ");
        p.appendText(value);
    }

    private ResponseEntity<byte[]> pdf(String name, Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(), "Leaflet Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), pages.base() + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the leaflet", e);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build()
                        .toString())
                .body(out.toByteArray());
    }

    /** A font with every Polish letter, shipped inside PDFBox, so no system fonts are needed. */
    private static InputStream font() {
        InputStream font = LeafletEndpoint.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans font is missing from the classpath");
        }
        return font;
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("There is no such leaflet.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
