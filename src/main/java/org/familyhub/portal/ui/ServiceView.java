package org.familyhub.portal.ui;

import org.springframework.context.ApplicationEventPublisher;
import org.familyhub.shared.Ids;
import org.familyhub.shared.Usage;
import org.familyhub.directory.Place;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.Directory;
import org.familyhub.directory.TermNames;
import org.familyhub.directory.Timetable;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServiceDetails.ContactPoint;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.ServicePageSection;
import org.jspecify.annotations.Nullable;

/**
 * A service's page at a stable address, {@code /services/{id}}: what it is, who it is for, how to get
 * it, what it costs, when and where, how to get in touch, and when the listing was last checked.
 */
@Route(value = ServiceView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ServiceView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    private final ApplicationEventPublisher events;

    static final String ROUTE = "services";
    static final String CONTENT_ID = "service-page";
    private final Directory directory;
    private final TermNames terms;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final List<ServicePageSection> sections;
    private String title = "";
    /** The service this page shows, for the page's metadata written with the same response ({@link PageMetadata}). */
    private @Nullable ServiceDetails shown;
    private final AreaLookup area;
    /** The postcode a parent asked about, on the page of a service only for some localities' families. */
    private @Nullable String postcode;
    /** Every language's English name to its code, e.g. "polish" to "pl": listings name languages in English. */
    private static final java.util.Map<String, String> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .collect(java.util.stream.Collectors.toMap(code -> Locale.forLanguageTag(code)
                    .getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code -> code, (a, b) -> a));

    ServiceView(Directory directory, Timetable timetable, PortalProperties portal, PortalPageProperties pages,
            List<ServicePageSection> sections, ApplicationEventPublisher events, TermNames terms, AreaLookup area) {
        this.events = events;
        this.terms = terms;
        this.area = area;
        this.directory = directory;
        this.timetable = timetable;
        this.portal = portal;
        this.pages = pages;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ServicePageSection::order)).toList();
        setId(CONTENT_ID);
        addClassName("service-page");
    }

    /** The locality a page view counts for: the service's one locality, or none (the whole area). */
    private static @Nullable String onlyLocality(ServiceDetails service) {
        List<String> localities = service.places().stream().map(Place::locality).filter(Objects::nonNull)
                .distinct().toList();
        return localities.size() == 1 ? localities.getFirst() : null;
    }

    /** The service this page shows, once its address has been read. */
    Optional<ServiceDetails> shown() {
        return Optional.ofNullable(shown);
    }

    /** A service's page address, relative to the portal's root as every page's links are. */
    static String href(UUID id) {
        return ROUTE + "/" + id;
    }

    /**
     * A link to a service's page, followed by the router as a {@link com.vaadin.flow.router.RouterLink} is, with the
     * service's name, which is English. A week's timetable holds dozens, and a RouterLink works out its address from
     * the route's class by reflection each time it is built.
     */
    static Anchor link(String name, UUID id) {
        Anchor link = new Anchor(href(id), name);
        link.getElement().setAttribute("router-link", true).setAttribute("lang", "en");
        return link;
    }

    /** The same link written into HTML that is one element (a service card, a venue's week). */
    static org.jsoup.nodes.Element link(org.jsoup.nodes.Element parent, String name, UUID id) {
        return HtmlList.link(parent, href(id), name).attr("lang", "en");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        postcode = event.getLocation().getQueryParameters().getSingleParameter(ResidentsCheck.PARAMETER)
                .filter(typed -> !typed.isBlank() && typed.length() <= 10).orElse(null);
        ServiceDetails service = Ids.parse(id).flatMap(directory::service).orElseThrow(NotFoundException::new);
        shown = service;
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "service", onlyLocality(service)));
        ListingText text = new ListingText(this, portal.areaName(), timetable.today());
        title = service.name();
        removeAll();
        add(TermText.inEnglish(new H1(service.name())));
        Paragraph provider = new Paragraph(getTranslation("service.providedBy", service.provider().name()));
        provider.addClassName("service-provider");
        add(provider, new PageTools(CONTENT_ID, service.id(), service.name()));
        if (service.closure() != null) {
            if (ClosureNotice.shows(service.closure(), text.today())) {
                add(new ClosureNotice(service.closure(), text));
            }
        } else if (!"active".equals(service.status())) {
            add(notice(getTranslation("status." + service.status()), "notice-warning"));
        }
        if (service.listedBy() != null) {
            add(notice(getTranslation("service.listedBy", service.listedBy()), "notice-info"));
        }
        if (service.alert() != null) {
            add(TermText.inEnglish(notice(service.alert(), "notice-info")));
        }
        add(keyFacts(service, text));
        Section whatItIs = section("service.whatItIs");
        if (TermNames.polish(getLocale())) {
            Paragraph note = new Paragraph(getTranslation("listing.inEnglish"));
            note.addClassNames("muted", "listing-language");
            whatItIs.add(note);
        }
        whatItIs.add(paragraphs(service.description()));
        add(whatItIs);
        add(whoFor(service, text));
        add(howToGet(service));
        add(cost(service, text));
        add(new WhenAndWhereSection(service, text, pages));
        add(contact(service));
        add(freshness(service, text));
        sections.forEach(section -> add(section.create(service.id(), service.name())));
    }

    /** Cost and place first: the two things parents said listings left out. */
    private Component keyFacts(ServiceDetails service, ListingText text) {
        Div facts = new Div();
        facts.addClassName("key-facts");
        facts.add(fact("card.cost", text.costText(service.cost())));
        facts.add(fact("card.where", text.places(service.places())));
        facts.add(fact("card.ages", text.ages(service.minimumAge(), service.maximumAge())));
        timetable.nextSession(service)
                .ifPresent(next -> facts.add(fact("card.next", text.occurrence(next))));
        return facts;
    }

    private Component whoFor(ServiceDetails service, ListingText text) {
        Section section = section("service.whoFor");
        if (service.eligibility() != null) {
            section.add(TermText.inEnglish(new Paragraph(service.eligibility())));
        }
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("service.ages") + ": "
                + text.ages(service.minimumAge(), service.maximumAge())));
        service.levels().forEach(level -> list.add(new ListItem(getTranslation("level." + level.name()))));
        service.send().forEach(send -> list.add(new ListItem(getTranslation("send." + send.name()))));
        section.add(list);
        if (!service.categoryCodes().isEmpty()) {
            Paragraph topics = new Paragraph(getTranslation("service.topics") + ": ");
            for (int i = 0; i < service.categoryCodes().size(); i++) {
                topics.add(TermText.span(terms.topic(service.categoryCodes().get(i), getLocale())));
                if (i < service.categoryCodes().size() - 1) {
                    topics.add(new Span(", "));
                }
            }
            section.add(topics);
        }
        List<String> residents = service.residentsOf();
        if (!residents.isEmpty()) {
            section.add(new ResidentsCheck(residents, postcode,
                    postcode == null ? Optional.empty() : area.postcode(postcode)));
        }
        return section;
    }

    private Component howToGet(ServiceDetails service) {
        Section section = section("service.howToGet");
        service.access().forEach(access -> {
            Paragraph action = new Paragraph(getTranslation("access." + access.name()));
            action.addClassName("call-to-action");
            section.add(action);
        });
        if (service.applicationProcess() != null) {
            section.add(TermText.inEnglish(new Paragraph(service.applicationProcess())));
        }
        if (!service.delivery().isEmpty()) {
            section.add(new Paragraph(getTranslation("service.delivery") + ": " + String.join(", ",
                    service.delivery().stream().map(d -> getTranslation("delivery." + d.name())).toList())));
        }
        return section;
    }

    private Component cost(ServiceDetails service, ListingText text) {
        Section section = section("service.cost", new Paragraph(text.costText(service.cost())));
        if (!service.cost().free() && service.cost().details() != null
                && !service.cost().options().contains(service.cost().details())) {
            section.add(TermText.inEnglish(new Paragraph(service.cost().details())));
        }
        return section;
    }

    private Component contact(ServiceDetails service) {
        Section section = section("service.contact");
        for (ContactPoint phone : service.phones()) {
            Paragraph line = new Paragraph(getTranslation("service.phone") + ": ");
            line.add(new Anchor("tel:" + phone.number().replace(" ", ""), phone.number()));
            if (phone.description() != null) {
                line.add(new Span(" ("), ListingText.listing(phone.description()), new Span(")"));
            }
            section.add(line);
        }
        if (service.email() != null) {
            Paragraph line = new Paragraph(getTranslation("service.email") + ": ");
            line.add(new Anchor("mailto:" + service.email(), service.email()));
            section.add(line);
        }
        if (service.website() != null) {
            Paragraph line = new Paragraph(getTranslation("service.website") + ": ");
            line.add(external(service.website(), service.website()));
            section.add(line);
        }
        if (!service.languages().isEmpty()) {
            section.add(languages(service.languages()));
        }
        if (service.interpretation() != null) {
            section.add(new Paragraph(new Span(getTranslation("service.interpretation") + ": "),
                    ListingText.listing(service.interpretation())));
        }
        return section;
    }

    private Component freshness(ServiceDetails service, ListingText text) {
        Div block = new Div();
        block.addClassName("freshness");
        block.add(new Paragraph(service.assuredDate() == null ? getTranslation("service.neverChecked")
                : getTranslation("service.lastChecked", text.date(service.assuredDate()))));
        if (service.mayBeOutOfDate()) {
            block.add(notice(getTranslation("service.stale"), "notice-warning"));
        }
        return block;
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }

    private static Component[] paragraphs(@Nullable String text) {
        return text == null ? new Component[0]
                : Arrays.stream(text.split("\\n\\s*\\n")).map(Paragraph::new).map(TermText::inEnglish)
                        .toArray(Component[]::new);
    }

    private Div fact(String key, String value) {
        return fact(key, new Span(value));
    }

    private Div fact(String key, Span value) {
        Div fact = new Div();
        fact.addClassName("key-fact");
        Span label = new Span(getTranslation(key));
        label.addClassName("key-fact-label");
        fact.add(label, value);
        return fact;
    }

    /** "Polish" as the reader says it ("polski"); a language the JDK does not know stays as listed, in English. */
    private Component languages(List<String> names) {
        Paragraph line = new Paragraph(getTranslation("service.languages") + ": ");
        for (int i = 0; i < names.size(); i++) {
            String code = LANGUAGES.get(names.get(i).toLowerCase(Locale.ROOT));
            line.add(code == null ? ListingText.listing(names.get(i))
                    : new Span(Locale.forLanguageTag(code).getDisplayLanguage(getLocale())));
            if (i < names.size() - 1) {
                line.add(new Span(", "));
            }
        }
        return line;
    }

    private static Paragraph notice(String text, String kind) {
        Paragraph notice = new Paragraph(text);
        notice.addClassNames("notice", kind);
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    static Anchor external(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
