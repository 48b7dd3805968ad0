package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.directory.Timetable.Occurrence;

/**
 * The sessions on this week (on the home page and a locality's): each one's service, when, what it costs and where.
 * The list is one element, its items written as HTML: the page never changes it, and a dozen sessions as components
 * were a hundred server elements built, sent and torn down on every visit.
 */
final class WeekList {

    private WeekList() {
    }

    static UnorderedList of(List<Occurrence> sessions, ListingText text) {
        org.jsoup.nodes.Element list = new org.jsoup.nodes.Element("ul");
        sessions.forEach(session -> {
            org.jsoup.nodes.Element item = list.appendElement("li");
            ServiceView.link(item, session.serviceName(), session.serviceId());
            item.appendElement("span").text(text.occurrence(session));
            org.jsoup.nodes.Element facts = item.appendElement("span").addClass("muted");
            org.jsoup.nodes.Element cost = facts.appendElement("span").text(text.cost(session.cost()));
            if (text.costInEnglish(session.cost())) {
                cost.attr("lang", "en");
            }
            facts.appendElement("span").text(" · " + text.place(session.place()));
        });
        return HtmlList.of("week-list", list);
    }
}
