package org.familyhub.portal.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.directory.Cost;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.Place;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.search.SearchResults.Hit;
import org.jspecify.annotations.Nullable;

/**
 * One service in a list. It always says what it costs and where (town and locality), then ages,
 * level of need in plain words, the next session and, when searching near a place, how far it is.
 */
class ServiceCardView extends Article {

    record Facts(UUID id, String name, String provider, @Nullable String summary, Cost cost, List<Place> places,
            @Nullable Integer minimumAge, @Nullable Integer maximumAge, List<LevelOfNeed> levels) {

        static Facts of(ServiceCard card) {
            return new Facts(card.id(), card.name(), card.provider(), card.summary(), card.cost(), card.places(),
                    card.minimumAge(), card.maximumAge(), card.levels());
        }

        static Facts of(org.familyhub.directory.ServiceDetails details) {
            return new Facts(details.id(), details.name(), details.provider().name(), null, details.cost(),
                    details.places(), details.minimumAge(), details.maximumAge(), details.levels());
        }

        static Facts of(Hit hit) {
            return new Facts(hit.id(), hit.name(), hit.provider(), hit.summary(), hit.cost(), hit.places(),
                    hit.minimumAge(), hit.maximumAge(), hit.levels().stream().map(FacetLabels::level)
                            .flatMap(java.util.Optional::stream).sorted().toList());
        }
    }

    ServiceCardView(Facts service, ListingText text, @Nullable Occurrence next, @Nullable Double distanceKm,
            String headingLevel) {
        addClassName("service-card");
        RouterLink link = new RouterLink(service.name(), ServiceView.class, service.id().toString());
        com.vaadin.flow.component.HtmlContainer title = "h3".equals(headingLevel)
                ? new com.vaadin.flow.component.html.H3(link) : new H2(link);
        title.addClassName("service-card-title");
        Paragraph provider = new Paragraph(getTranslation("card.provider", service.provider()));
        provider.addClassName("service-card-provider");
        add(title, provider);
        if (service.summary() != null) {
            add(new Paragraph(service.summary()));
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "card.cost", text.cost(service.cost()));
        fact(facts, "card.where", text.places(service.places()));
        fact(facts, "card.ages", text.ages(service.minimumAge(), service.maximumAge()));
        if (!service.levels().isEmpty()) {
            fact(facts, "card.for", getTranslation("level." + service.levels().getFirst().name()));
        }
        if (next != null) {
            fact(facts, "card.next", text.occurrence(next));
        }
        if (distanceKm != null && !distanceKm.isNaN()) {
            fact(facts, "card.distance", getTranslation("card.km",
                    String.format(Locale.ROOT, "%.1f", distanceKm)));
        }
        add(facts);
    }

    /** The number of this service's marker on the map above the list. */
    void number(int number) {
        com.vaadin.flow.component.html.Span badge = new com.vaadin.flow.component.html.Span(String.valueOf(number));
        badge.addClassName("map-number");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().insertChild(0, badge.getElement());
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new Term(getTranslation(key)), new Description(value));
    }
}
