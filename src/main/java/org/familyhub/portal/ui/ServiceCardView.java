package org.familyhub.portal.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.dom.Element;
import org.familyhub.directory.Closure;
import org.familyhub.directory.Cost;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.Place;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.search.SearchResults.Hit;
import org.familyhub.search.SearchResults.Origin;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * One service in a list. It always says what it costs and where (town and locality), then ages,
 * level of need in plain words, the next session and, when searching near a place, how far it is.
 */
class ServiceCardView extends Article {

    record Facts(UUID id, String name, String provider, @Nullable String summary, Cost cost, List<Place> places,
            @Nullable Integer minimumAge, @Nullable Integer maximumAge, List<LevelOfNeed> levels,
            boolean placesAvailable, @Nullable Closure closure, Residents residents) {

        static Facts of(ServiceCard card) {
            return new Facts(card.id(), card.name(), card.provider(), card.summary(), card.cost(), card.places(),
                    card.minimumAge(), card.maximumAge(), card.levels(), false, card.closure(), Residents.ANYONE);
        }

        static Facts of(org.familyhub.directory.ServiceDetails details) {
            return new Facts(details.id(), details.name(), details.provider().name(), null, details.cost(),
                    details.places(), details.minimumAge(), details.maximumAge(), details.levels(), false,
                    details.closure(), Residents.ANYONE);
        }

        /** @param home where the family lives, when the search was from a postcode or a town */
        static Facts of(Hit hit, FacetLabels labels, @Nullable Origin home) {
            String homeName = home == null || home.locality() == null ? null : labels.label("locality", home.locality());
            return new Facts(hit.id(), hit.name(), hit.provider(), hit.summary(), hit.cost(), hit.places(),
                    hit.minimumAge(), hit.maximumAge(), hit.levels().stream().map(FacetLabels::level)
                            .flatMap(java.util.Optional::stream).sorted().toList(), hit.placesAvailable(),
                    hit.closure(), new Residents(hit.residentsOf().stream().map(code -> labels.label("locality", code))
                            .toList(), hit.usable(), homeName));
        }
    }

    /**
     * Who may use a service that is only for the families living in some localities, and whether this family may.
     *
     * @param of     the localities' names; empty: anyone may
     * @param usable whether the family may, when where they live is known
     * @param home   the name of the locality they live in, when known
     */
    record Residents(List<String> of, @Nullable Boolean usable, @Nullable String home) {
        static final Residents ANYONE = new Residents(List.of(), null, null);
    }

    private final Element body = new Element("div");
    private final Document card = Document.createShell("");

    ServiceCardView(Facts service, ListingText text, @Nullable Occurrence next, @Nullable Double distanceKm,
            String headingLevel) {
        addClassName("service-card");
        card.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element html = card.body();
        ServiceView.link(html.appendElement("h3".equals(headingLevel) ? "h3" : "h2").addClass("service-card-title"),
                service.name(), service.id());
        html.appendElement("p").addClass("service-card-provider").text(getTranslation("card.provider",
                service.provider()));
        Closure closure = service.closure();
        if (closure != null && closure.closedOn(text.today())) {
            html.appendElement("p").addClass("badge").addClass("badge-closed").text(closure.until() == null
                    ? getTranslation("card.closed") : getTranslation("card.closedUntil", text.date(closure.until())));
        }
        residents(html, service.residents());
        if (service.placesAvailable()) {
            html.appendElement("p").addClass("badge").addClass("badge-places").text(getTranslation("card.placesAvailable"));
        }
        if (service.summary() != null) {
            html.appendElement("p").attr("lang", "en").text(service.summary());
        }
        org.jsoup.nodes.Element facts = html.appendElement("dl").addClass("facts");
        org.jsoup.nodes.Element cost = fact(facts, "card.cost", text.cost(service.cost()));
        if (text.costInEnglish(service.cost())) {
            cost.attr("lang", "en");
        }
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
        body.setAttribute("class", "service-card-body");
        show();
        getElement().appendChild(body);
    }

    /**
     * Once the family has said where they live (a postcode or a town), a service only for the families of other
     * localities says so: nearly every local service names its locality, so the ones they may use say nothing.
     */
    private void residents(org.jsoup.nodes.Element html, Residents residents) {
        if (!residents.of().isEmpty() && Boolean.FALSE.equals(residents.usable()) && residents.home() != null) {
            html.appendElement("p").addClass("badge").addClass("badge-not-yours")
                    .text(getTranslation("card.residentsNotYou", String.join(", ", residents.of()), residents.home()));
        }
    }

    /** The number of this service's marker on the map above the list. */
    void number(int number) {
        card.body().prependElement("span").addClass("map-number").attr("aria-hidden", "true")
                .text(String.valueOf(number));
        show();
    }

    /**
     * The card is one element whatever it says: a list of twenty services costs the server twenty elements, not
     * the several hundred that a component per heading, link and fact would (and the page's first update as many).
     */
    private void show() {
        body.setProperty("innerHTML", card.body().html());
    }

    private org.jsoup.nodes.Element fact(org.jsoup.nodes.Element list, String key, String value) {
        list.appendElement("dt").text(getTranslation(key));
        return list.appendElement("dd").text(value);
    }
}
