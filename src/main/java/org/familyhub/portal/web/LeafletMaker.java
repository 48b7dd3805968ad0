package org.familyhub.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.familyhub.directory.PrintedDirectory;
import org.familyhub.directory.PrintedDirectory.TopicGroup;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Timetable;
import org.familyhub.portal.ListingWords;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.PortalProperties;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Prints a leaflet: a locality's services by topic, or a topic's by sub-topic. Each topic shows at most
 * {@code leaflet-topic-limit} services, the most recently checked, and says how many more there are and
 * where to find them online: a leaflet for a place with 50,000 services stays a leaflet. Every entry says
 * what it costs, where it is and how to get in touch.
 */
@Component
class LeafletMaker {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PrintedDirectory printed;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final GeneratedFileProperties settings;

    LeafletMaker(PrintedDirectory printed, Timetable timetable, PortalProperties portal, PortalPageProperties pages,
            GeneratedFileProperties settings) {
        this.printed = printed;
        this.timetable = timetable;
        this.portal = portal;
        this.pages = pages;
        this.settings = settings;
    }

    /** The leaflet's PDF; empty when its locality or topic no longer exists. */
    Optional<byte[]> make(GeneratedFile.Leaflet leaflet) {
        BundleText text = new BundleText(leaflet.language());
        String code = leaflet.code();
        int limit = settings.leafletTopicLimit();
        return switch (leaflet.kind()) {
            case LOCALITY -> printed.locality(code).map(locality -> pdf(leaflet(
                    text.translate("locality.title", locality.name()),
                    text.translate("leaflet.localityIntro", locality.name(), portal.areaName()),
                    printed.inLocality(locality.id(), limit), text, "/localities/" + code,
                    group -> "/search?locality=" + code + "&category=" + group.topicCode())));
            case CATEGORY -> printed.category(code).map(category -> pdf(leaflet(category.name(),
                    text.translate("leaflet.categoryIntro", category.name(), portal.areaName()),
                    printed.inCategory(category, limit), text, "/categories/" + code,
                    group -> group.general() ? "/categories/" + code : "/search?category=" + group.topicCode())));
        };
    }

    /** The leaflet as XHTML, built with jsoup so listing text is always escaped. */
    Document leaflet(String title, String intro, List<TopicGroup> groups, BundleText text, String path,
            Function<TopicGroup, String> moreAt) {
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
                h2 { font-size: 15pt; margin: 14pt 0 2pt; color: #0b5b4b; page-break-after: avoid; }
                h3 { font-size: 12pt; margin: 0 0 1pt; }
                p { margin: 0 0 2pt; }
                .service { page-break-inside: avoid; border-top: 1pt solid #8a9a94; padding-top: 3pt; margin-top: 3pt; }
                .fact { margin: 1pt 0; }
                .label { font-weight: bold; }
                .safe { border: 2pt solid #1d1d1b; padding: 6pt; margin: 8pt 0; font-weight: bold; }
                .muted { color: #4a4a48; }
                .more { font-style: italic; margin: 4pt 0 0; }
                """);
        Element body = doc.body();
        body.appendElement("p").addClass("muted").text(portal.portalName());
        body.appendElement("h1").text(title);
        body.appendElement("p").text(intro);
        Element safe = body.appendElement("div").addClass("safe");
        safe.appendElement("p").text(text.translate("footer.safeguarding"));
        safe.appendElement("p").text(text.translate("footer.worried", portal.frontDoorPhone()));
        if (groups.stream().anyMatch(group -> group.total() > group.services().size())) {
            body.appendElement("p").text(text.translate("leaflet.selection", settings.leafletTopicLimit(),
                    pages.base() + path));
        }
        for (TopicGroup group : groups) {
            body.appendElement("h2").text(group.general() ? text.translate("leaflet.general", group.topicName())
                    : group.topicName());
            group.services().stream().sorted(Comparator.comparing(ServiceDetails::name, String.CASE_INSENSITIVE_ORDER))
                    .forEach(service -> entry(body, service, words, text));
            long more = group.total() - group.services().size();
            if (more > 0) {
                body.appendElement("p").addClass("more").text(text.translate("leaflet.more", more,
                        pages.base() + moreAt.apply(group)));
            }
        }
        body.appendElement("p").addClass("muted").text(text.translate("leaflet.footer",
                pages.base() + path, words.date(timetable.today())));
        return doc;
    }

    /** Three short lines of facts under the name, so a page holds about eight services. */
    private static void entry(Element body, ServiceDetails details, ListingWords words, BundleText text) {
        Element entry = body.appendElement("div").addClass("service");
        entry.appendElement("h3").text(details.name());
        entry.appendElement("p").addClass("muted").text(text.translate("card.provider", details.provider().name()));
        facts(entry, List.of(
                new Fact(text.translate("card.cost"), words.cost(details.cost())),
                new Fact(text.translate("card.where"), words.places(details.places())),
                new Fact(text.translate("card.ages"), words.ages(details.minimumAge(), details.maximumAge()))));
        List<Fact> how = new ArrayList<>();
        details.access().stream().findFirst().ifPresent(access -> how.add(new Fact(
                text.translate("service.howToGet"), text.translate("access." + access.name()))));
        details.venues().stream().flatMap(v -> v.sessions().stream()).map(words::session).filter(s -> !s.isEmpty())
                .findFirst().ifPresent(when -> how.add(new Fact(text.translate("leaflet.when"), when)));
        facts(entry, how);
        List<Fact> contact = new ArrayList<>();
        details.phones().stream().findFirst()
                .ifPresent(phone -> contact.add(new Fact(text.translate("service.phone"), phone.number())));
        if (details.email() != null) {
            contact.add(new Fact(text.translate("service.email"), details.email()));
        }
        facts(entry, contact);
    }

    private record Fact(String label, String value) {
    }

    private static void facts(Element entry, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Element p = entry.appendElement("p").addClass("fact");
        for (Fact fact : facts) {
            if (p.childNodeSize() > 0) {
                p.appendText(" \u00b7 ");
            }
            p.appendElement("span").addClass("label").text(fact.label() + ": ");
            p.appendText(fact.value());
        }
    }

    private byte[] pdf(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(LeafletMaker::font, "Leaflet Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), pages.base() + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the leaflet", e);
        }
        return out.toByteArray();
    }

    /** A font with every Polish letter, shipped inside PDFBox, so no system fonts are needed. */
    private static InputStream font() {
        InputStream font = LeafletMaker.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans font is missing from the classpath");
        }
        return font;
    }
}
