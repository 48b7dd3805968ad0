package org.familyhub.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.CourseSummary;
import org.familyhub.directory.PrintedEntries;
import org.familyhub.directory.Timetable;
import org.familyhub.mail.Email;
import org.familyhub.portal.BundleText;
import org.familyhub.portal.EntryFacts;
import org.familyhub.portal.ListingWords;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.search.SearchResults;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * The words of an alert's e-mails, in the language of the page the parent signed up on. Every e-mail carries its own
 * unsubscribe link in the text and in the {@code List-Unsubscribe} headers (RFC 8058), so a mail program can offer a
 * one-click "unsubscribe" that really works.
 */
@Component
class AlertEmails {

    /** The headers' target: a POST there unsubscribes at once (no page, no session, no CSRF token: the link is the secret). */
    static final String ONE_CLICK = "/api/alerts/unsubscribe";

    private final PortalPageProperties pages;
    private final PortalProperties portal;
    private final PrintedEntries printed;
    private final Timetable timetable;
    private final CourseBookings courses;
    private final AlertProperties properties;
    private final Clock clock;
    private final Translations words;

    AlertEmails(PortalPageProperties pages, PortalProperties portal, PrintedEntries printed, Timetable timetable,
            CourseBookings courses, AlertProperties properties, Clock clock, Translations words) {
        this.clock = clock;
        this.words = words;
        this.pages = pages;
        this.portal = portal;
        this.printed = printed;
        this.timetable = timetable;
        this.courses = courses;
        this.properties = properties;
    }

    Email confirmation(AlertRows.Alert alert, String token) {
        BundleText text = new BundleText(alert.language(), words);
        String body = text.translate("alerts.confirmBody", portal.areaName(), searchPage(alert),
                pages.base() + "/alerts/confirm?token=" + token, properties.unconfirmedFor().toDays());
        return new Email(alert.email(), text.translate("alerts.confirmSubject"), body + footer(text, token),
                headers(token));
    }

    /** The digest: each new service with its cost, town, next session (or new course) and page. */
    Email digest(AlertRows.Alert alert, SearchResults found, String token) {
        BundleText text = new BundleText(alert.language(), words);
        ListingWords words = new ListingWords(text, text.locale(), portal.areaName(), timetable.today());
        EntryFacts facts = new EntryFacts(words, text, pages.base());
        Map<UUID, SearchResults.Hit> hits = new LinkedHashMap<>();
        found.hits().forEach(hit -> hits.put(hit.id(), hit));
        StringBuilder body = new StringBuilder(text.translate("alerts.digestIntro", portal.areaName())).append("\n\n");
        for (PrintedEntries.Entry entry : printed.entries(List.copyOf(hits.keySet()), 1)) {
            SearchResults.Hit hit = hits.get(entry.service().id());
            body.append("- ").append(hit.name()).append('\n');
            for (String line : lines(hit, entry, words, facts, text)) {
                body.append("  ").append(line).append('\n');
            }
            body.append('\n');
        }
        if (found.total() > found.hits().size()) {
            body.append(text.translate("alerts.digestMore", found.total() - found.hits().size())).append('\n');
        }
        body.append(text.translate("alerts.digestSearch")).append('\n').append(searchPage(alert)).append('\n');
        return new Email(alert.email(), text.translate("alerts.digestSubject", portal.areaName()),
                body + footer(text, token), headers(token));
    }

    private List<String> lines(SearchResults.Hit hit, PrintedEntries.Entry entry, ListingWords words,
            EntryFacts facts, BundleText text) {
        List<String> lines = new ArrayList<>();
        lines.add(text.translate("card.cost") + ": " + words.cost(hit.cost()));
        lines.add(text.translate("card.where") + ": " + words.places(hit.places()));
        for (CourseSummary course : courses.upcoming(hit.id())) {
            if (course.bookable(clock.instant(), timetable.today()) && !course.full()) {
                lines.add(text.translate("alerts.course", course.title(), facts.dayAndDate(course.firstSession()),
                        words.time(course.startTime()), course.venue()));
            }
        }
        if (!entry.next().isEmpty()) {
            lines.add(text.translate("offline.next") + ": " + facts.upcoming(entry.next().getFirst(), true));
        }
        lines.add(text.translate("offline.page") + ": " + facts.page(entry.service()));
        return lines;
    }

    private String searchPage(AlertRows.Alert alert) {
        return pages.base() + "/search" + (alert.query().isEmpty() ? "" : "?" + alert.query());
    }

    private String footer(BundleText text, String token) {
        return "\n" + text.translate("alerts.kept") + "\n" + text.translate("alerts.unsubscribeLine") + "\n"
                + pages.base() + "/alerts/unsubscribe?token=" + token + "\n";
    }

    private Map<String, String> headers(String token) {
        return Map.of("List-Unsubscribe", "<" + pages.base() + ONE_CLICK + "?token=" + token + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
