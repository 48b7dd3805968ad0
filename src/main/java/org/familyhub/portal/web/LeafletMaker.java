package org.familyhub.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.familyhub.directory.PrintedDirectory;
import org.familyhub.directory.TermNames;
import org.familyhub.shared.Translations;
import org.familyhub.directory.PrintedDirectory.TopicGroup;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Timetable;
import org.familyhub.portal.BundleText;
import org.familyhub.portal.EntryFacts;
import org.familyhub.portal.ListingWords;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.PortalProperties;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prints a leaflet: a locality's services by topic, or a topic's by sub-topic. Each topic shows at most
 * {@code leaflet-topic-limit} services, the most recently checked, and says how many more there are and
 * where to find them online: a leaflet for a place with 50,000 services stays a leaflet. Every entry says
 * what it costs, where it is and how to get in touch.
 */
@Component
class LeafletMaker {

    private static final Logger log = LoggerFactory.getLogger(LeafletMaker.class);

    /** The most A4 pages a leaflet runs to, so it is printed and handed out, not left on a shelf. */
    static final int MAX_PAGES = 6;
    /** The most centres a locality's leaflet lists before its services; more are online. */
    private static final int CENTRES = 12;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PrintedDirectory printed;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final GeneratedFileProperties settings;

    private final TermNames terms;
    private final Translations words;

    LeafletMaker(PrintedDirectory printed, Timetable timetable, PortalProperties portal, PortalPageProperties pages,
            GeneratedFileProperties settings, TermNames terms, Translations words) {
        this.terms = terms;
        this.words = words;
        this.printed = printed;
        this.timetable = timetable;
        this.portal = portal;
        this.pages = pages;
        this.settings = settings;
    }

    /** The leaflet's PDF; empty when its locality or topic no longer exists. */
    Optional<byte[]> make(GeneratedFile.Leaflet leaflet) {
        BundleText text = new BundleText(leaflet.language(), words);
        String code = leaflet.code();
        int most = Math.max(1, settings.leafletTopicLimit());
        return switch (leaflet.kind()) {
            case LOCALITY -> printed.locality(code).map(locality -> {
                PrintedDirectory.Centres centres = printed.centresIn(locality.id(), CENTRES);
                List<TopicGroup> groups = printed.inLocality(locality.id(), most);
                return fitted(most, limit -> leaflet(new Contents(text.translate("locality.title", locality.name()),
                        text.translate("leaflet.localityIntro", locality.name(), portal.areaName()), centres,
                        first(groups, limit, text), limit, locality.name()), text, "/localities/" + code,
                        group -> "/search?locality=" + code + "&category=" + group.topicCode()));
            });
            case CATEGORY -> printed.category(code).map(category -> {
                List<TopicGroup> groups = printed.inCategory(category, most);
                String name = terms.topic(code, text.locale()).text();
                return fitted(most, limit -> leaflet(new Contents(name,
                        text.translate("leaflet.categoryIntro", name, portal.areaName()),
                        new PrintedDirectory.Centres(0, List.of()), first(groups, limit, text), limit, null), text,
                        "/categories/" + code,
                        group -> group.general() ? "/categories/" + code : "/search?category=" + group.topicCode()));
            });
        };
    }

    /**
     * Each group's first services, as reading it with the smaller limit would give (same order, same total), under
     * its topic's name in the leaflet's language.
     */
    private List<TopicGroup> first(List<TopicGroup> groups, int limit, BundleText text) {
        return groups.stream().map(group -> new TopicGroup(group.topicCode(),
                terms.topic(group.topicCode(), text.locale()).text(), group.general(),
                group.total(), group.services().subList(0, Math.min(limit, group.services().size())))).toList();
    }

    /**
     * What one leaflet prints: centres first (a locality's), then its services by topic, at most limit each.
     *
     * @param locality the locality's name on a locality's leaflet: a service meeting in several places is shown
     *                 at its venue there
     */
    record Contents(String title, String intro, PrintedDirectory.Centres centres, List<TopicGroup> groups,
            int limit, @Nullable String locality) {
    }

    /**
     * The leaflet with as many services under each topic as fit on {@value #MAX_PAGES} A4 pages: printed with the
     * configured number, then with fewer until it fits (a few renderings at most, each a fraction of a second, and
     * no more reads: the services were read once, at the most).
     * The full list stays online, and the leaflet says where.
     */
    private byte[] fitted(int most, IntFunction<Document> leafletOf) {
        int limit = most;
        byte[] pdf = pdf(leafletOf.apply(limit));
        int pages = pages(pdf);
        int renderings = 1;
        while (pages > MAX_PAGES && limit > 1) {
            limit = Math.max(1, Math.min(limit - 1, limit * MAX_PAGES / pages));
            pdf = pdf(leafletOf.apply(limit));
            pages = pages(pdf);
            renderings++;
        }
        log.info("Leaflet fitted: {} pages, up to {} services a topic, {} renderings", pages, limit, renderings);
        return pdf;
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the leaflet just made", e);
        }
    }

    /** The leaflet as XHTML, built with jsoup so listing text is always escaped. */
    Document leaflet(Contents contents, BundleText text, String path, Function<TopicGroup, String> moreAt) {
        String title = contents.title();
        List<TopicGroup> groups = contents.groups();
        ListingWords words = new ListingWords(text, text.locale(), portal.areaName(), timetable.today());
        EntryFacts facts = new EntryFacts(words, text, pages.base());
        Document doc = Jsoup.parse("<html><head><meta charset=\"utf-8\"/></head><body></body></html>");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", text.locale().getLanguage());
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("style").text("""
                @page { size: A4; margin: 16mm 14mm; @bottom-center { content: counter(page) " / " counter(pages);
                  font-family: 'Leaflet Sans'; font-size: 9pt; } }
                body { font-family: 'Leaflet Sans'; font-size: 10pt; line-height: 1.3; color: #1d1d1b; }
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
        body.appendElement("p").text(contents.intro());
        Element safe = body.appendElement("div").addClass("safe");
        safe.appendElement("p").text(text.translate("footer.safeguarding"));
        safe.appendElement("p").text(text.translate("footer.worried", portal.frontDoorPhone()));
        if (groups.stream().anyMatch(group -> group.total() > group.services().size())) {
            body.appendElement("p").text(text.translate("leaflet.selection", contents.limit(),
                    pages.base() + path));
        }
        centres(body, contents.centres(), words, text);
        for (TopicGroup group : groups) {
            body.appendElement("h2").text(group.general() ? text.translate("leaflet.general", group.topicName())
                    : group.topicName());
            group.services().stream().sorted(Comparator.comparing(ServiceDetails::name, String.CASE_INSENSITIVE_ORDER))
                    .forEach(service -> entry(body, service, venue(service, contents.locality()).orElse(null), words,
                            facts, text));
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

    /**
     * Centres and family hubs come first: the places a family can walk into, with the hours their sessions run
     * (the centres have no opening hours of their own on record).
     */
    private void centres(Element body, PrintedDirectory.Centres centres, ListingWords words, BundleText text) {
        if (centres.centres().isEmpty()) {
            return;
        }
        body.appendElement("h2").text(text.translate("centres.title"));
        for (PrintedDirectory.Centre centre : centres.centres()) {
            Element entry = body.appendElement("div").addClass("service");
            entry.appendElement("h3").text(centre.name());
            List<String> address = new ArrayList<>(centre.addressLines());
            if (centre.postcode() != null) {
                address.add(centre.postcode());
            }
            facts(entry, List.of(new Fact(text.translate("venueType." + centre.type()), String.join(", ", address))));
            if (!centre.hours().isEmpty()) {
                facts(entry, List.of(new Fact(text.translate("leaflet.centreHours"), centre.hours().stream()
                        .map(day -> day.day().getDisplayName(TextStyle.SHORT, words.locale()) + " "
                                + text.translate("session.time", words.time(day.opensAt()), words.time(day.closesAt())))
                        .collect(Collectors.joining(", ")))));
            }
        }
        long more = centres.total() - centres.centres().size();
        if (more > 0) {
            body.appendElement("p").addClass("more").text(text.translate("leaflet.more", more,
                    pages.base() + "/centres"));
        }
    }

    /** Four short lines of facts under the name: cost and ages; where, with the postcode; when; how and who to ring. */
    /** The service's venue in the locality, else its first; none for a service without a venue. */
    private static Optional<ServiceDetails.Venue> venue(ServiceDetails service, @Nullable String locality) {
        return service.venues().stream().filter(venue -> Objects.equals(venue.place().locality(), locality))
                .findFirst().or(() -> service.venues().stream().findFirst());
    }

    private static void entry(Element body, ServiceDetails details, ServiceDetails.@Nullable Venue venue,
            ListingWords words, EntryFacts facts, BundleText text) {
        Element entry = body.appendElement("div").addClass("service");
        entry.appendElement("h3").attr("lang", "en").text(details.name());
        entry.appendElement("p").addClass("muted").text(text.translate("card.provider", details.provider().name()));
        facts(entry, List.of(
                new Fact(text.translate("card.cost"), words.cost(details.cost())),
                new Fact(text.translate("card.ages"), words.ages(details.minimumAge(), details.maximumAge()))));
        facts(entry, List.of(venue != null ? new Fact(text.translate("offline.address"), facts.address(venue))
                : new Fact(text.translate("card.where"), words.places(details.places()))));
        List<Fact> how = new ArrayList<>();
        Stream.ofNullable(venue).flatMap(v -> v.sessions().stream()).filter(s -> !words.session(s).isEmpty())
                .findFirst().ifPresent(session -> how.add(new Fact(text.translate("leaflet.when"), words.session(session)
                        + (session.termTimeOnly() ? " (" + text.translate("leaflet.termTimeOnly") + ")" : ""))));
        details.access().stream().findFirst().ifPresent(access -> how.add(new Fact(
                text.translate("service.howToGet"), text.translate("access." + access.name()))));
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
