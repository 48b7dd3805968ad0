package org.familyhub.portal.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.i18n.I18NProvider;
import org.familyhub.directory.Directory;
import org.familyhub.directory.TermNames;
import org.familyhub.shared.ui.PageLanguage;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Venues;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ScriptJson;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The title, meta description, canonical address and (on service pages) schema.org JSON-LD of each
 * public page, written into the HTML the server sends, so search engines and link previews see them
 * without running any script.
 */
@Component
class PageMetadata implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageMetadata.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DESCRIPTION = 160;

    private final Directory directory;
    private final Venues venues;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final TermNames terms;
    private final I18NProvider words;

    PageMetadata(Directory directory, Venues venues, PortalProperties portal, PortalPageProperties pages,
            TermNames terms, I18NProvider words) {
        this.terms = terms;
        this.words = words;
        this.directory = directory;
        this.venues = venues;
        this.portal = portal;
        this.pages = pages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describeIfAvailable);
    }

    /** With the database down the page itself shows the calm error page; the shell keeps the portal's name. */
    private void describeIfAvailable(IndexHtmlResponse response) {
        try {
            describe(response);
        } catch (RuntimeException unavailable) {
            LOG.warn("event=page-metadata-unavailable cause={}", unavailable.getClass().getSimpleName());
            response.getDocument().title(portal.portalName());
        }
    }

    private void describe(IndexHtmlResponse response) {
        String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("/");
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        Document doc = response.getDocument();
        Locale language = PageLanguage.of(response.getVaadinRequest());
        String title = portal.portalName();
        String description = words.getTranslation("meta.description", language, portal.areaName());
        if (parts.length == 2) {
            switch (parts[0]) {
                case "services" -> {
                    Optional<ServiceDetails> service = Ids.parse(parts[1]).flatMap(id -> built(ServiceView.class)
                            .flatMap(ServiceView::shown).filter(shown -> shown.id().equals(id))
                            .or(() -> directory.service(id)));
                    if (service.isPresent()) {
                        title = service.get().name() + " | " + portal.portalName();
                        // The provider's description is English; a Polish page says in Polish what the page holds.
                        description = TermNames.polish(language) ? words.getTranslation("meta.service", language,
                                service.get().name(), service.get().provider().name()) : summary(service.get());
                        doc.head().appendElement("script").attr("type", "application/ld+json")
                                .appendChild(new DataNode(ScriptJson.escape(JSON.writeValueAsString(jsonLd(service.get())))));
                    }
                }
                case "localities" -> {
                    var locality = built(LocalityView.class).flatMap(LocalityView::shown)
                            .filter(shown -> shown.code().equals(parts[1])).or(() -> directory.locality(parts[1]));
                    if (locality.isPresent()) {
                        title = words.getTranslation("locality.title", language, locality.get().name()) + " | "
                                + portal.portalName();
                        description = words.getTranslation("meta.locality", language, locality.get().serviceCount(),
                                locality.get().name());
                    }
                }
                case "categories" -> {
                    var category = built(CategoryView.class).flatMap(CategoryView::shown)
                            .filter(shown -> shown.code().equals(parts[1])).or(() -> directory.category(parts[1]));
                    if (category.isPresent()) {
                        title = terms.topic(parts[1], language).text() + " | "
                                + portal.portalName();
                        description = terms.topicDescription(parts[1], language)
                                .map(TermNames.Label::text).orElse(words.getTranslation("meta.category", language,
                                        category.get().serviceCount(), portal.areaName()));
                    }
                }
                case "venues" -> {
                    var venue = Ids.parse(parts[1]).flatMap(id -> built(VenueView.class).flatMap(VenueView::shown)
                            .filter(shown -> shown.venue().id().equals(id)).or(() -> venues.venue(id)));
                    if (venue.isPresent() && venue.get().venue().name() != null) {
                        title = venue.get().venue().name() + " | " + portal.portalName();
                        description = words.getTranslation("meta.venue", language, venue.get().venue().name());
                    }
                }
                default -> { }
            }
        }
        doc.title(title);
        doc.head().appendElement("meta").attr("name", "description").attr("content", shorten(description));
        doc.head().appendElement("link").attr("rel", "canonical").attr("href", pages.base() + path);
    }

    /**
     * The view Vaadin built for this very response (public pages are built with their HTML, {@code FirstPaint}):
     * what it read for the page is what the metadata describes, so it is not read from the database twice.
     */
    private static <T> Optional<T> built(Class<T> view) {
        return Optional.ofNullable(UI.getCurrent()).stream()
                .flatMap(ui -> ui.getInternals().getActiveRouterTargetsChain().stream())
                .filter(view::isInstance).map(view::cast).findFirst();
    }

    private static String summary(ServiceDetails service) {
        String text = service.description() == null ? service.name() : service.description();
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= DESCRIPTION ? text : text.substring(0, DESCRIPTION - 1).replaceAll("\\s+\\S*$", "") + "…";
    }

    /** schema.org Service: what, who provides it, where, what it costs. */
    Map<String, Object> jsonLd(ServiceDetails service) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Service");
        ld.put("name", service.name());
        if (service.description() != null) {
            ld.put("description", service.description());
        }
        ld.put("url", pages.base() + "/services/" + service.id());
        ld.put("provider", Map.of("@type", "Organization", "name", service.provider().name()));
        ld.put("areaServed", Map.of("@type", "AdministrativeArea", "name", portal.areaName()));
        if (service.cost().free()) {
            ld.put("offers", Map.of("@type", "Offer", "price", "0", "priceCurrency", "GBP"));
        } else if (!service.cost().options().isEmpty()) {
            ld.put("offers", Map.of("@type", "Offer", "description", String.join("; ", service.cost().options()),
                    "priceCurrency", "GBP"));
        }
        List<Map<String, Object>> places = new ArrayList<>();
        service.venues().forEach(venue -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            if (venue.name() != null) {
                place.put("name", venue.name());
            }
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("streetAddress", String.join(", ", venue.addressLines()));
            if (venue.place().town() != null) {
                address.put("addressLocality", venue.place().town());
            }
            if (venue.postcode() != null) {
                address.put("postalCode", venue.postcode());
            }
            address.put("addressCountry", "GB");
            place.put("address", address);
            if (venue.latitude() != null && venue.longitude() != null) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(), "longitude",
                        venue.longitude()));
            }
            places.add(place);
        });
        if (!places.isEmpty()) {
            ld.put("availableChannel", Map.of("@type", "ServiceChannel", "serviceLocation",
                    places.size() == 1 ? places.getFirst() : places));
        }
        if (!service.phones().isEmpty() || service.email() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("@type", "ContactPoint");
            if (!service.phones().isEmpty()) {
                contact.put("telephone", service.phones().getFirst().number());
            }
            if (service.email() != null) {
                contact.put("email", service.email());
            }
            contact.put("availableLanguage", service.languages().isEmpty() ? List.of("English")
                    : service.languages());
            ld.put("contactPoint", contact);
        }
        if (service.assuredDate() != null) {
            ld.put("dateModified", service.assuredDate().toString());
        }
        ld.put("inLanguage", Locale.UK.toLanguageTag());
        return ld;
    }
}
