package org.familyhub.workspace.calendar;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.Listings;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.shared.SavedWords;
import org.familyhub.shared.outbound.Fetched;
import org.familyhub.shared.outbound.OutboundFetch;
import org.familyhub.shared.outbound.OutboundFetchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pulls one service's calendar feed through the portal's safe fetch and writes its events as the service's
 * sessions, through {@link Listings#write} so search and the public lists follow ({@code ServicesChanged}). A feed
 * that fails (no answer, not 200, too large, not iCalendar, sessions the listing would refuse) changes nothing;
 * the reason is kept with the feed for the people who look after the listing.
 */
@Component
public class CalendarFeedPull {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeedPull.class);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final String ACCEPT = "text/calendar, text/plain;q=0.5";

    private final OutboundFetch fetch;
    private final Listings listings;
    private final CalendarFeedStore feeds;
    private final CalendarFeedProperties settings;
    private final Clock clock;

    CalendarFeedPull(OutboundFetch fetch, Listings listings, CalendarFeedStore feeds, CalendarFeedProperties settings,
            Clock clock) {
        this.fetch = fetch;
        this.listings = listings;
        this.feeds = feeds;
        this.settings = settings;
        this.clock = clock;
    }

    /** Pulls the feed and records how it went; never throws, so one bad feed does not stop the others. */
    public void pull(CalendarFeed feed) {
        try {
            CalendarFeedReader.Read read = read(feed.url());
            int sessions = write(feed, read.sessions());
            feeds.pulled(feed.serviceId(), clock.instant(), read.leftOut() == 0
                    ? SavedWords.of("calendarFeed.status.sessions", sessions)
                    : SavedWords.of("calendarFeed.status.leftOut", sessions, read.leftOut()), null);
            log.info("calendar feed pulled service={} sessions={} leftOut={}", feed.serviceId(), sessions,
                    read.leftOut());
        } catch (NotACalendarException | OutboundFetchException | InvalidListingException e) {
            SavedWords reason = reason(e);
            feeds.pulled(feed.serviceId(), clock.instant(), SavedWords.of("calendarFeed.status.notChanged"), reason);
            log.info("calendar feed refused service={} reason={}", feed.serviceId(), reason.key());
        }
    }

    private CalendarFeedReader.Read read(String url) {
        Fetched answer = fetch.get(url, ACCEPT, settings.maxBytes());
        if (answer.status() != 200) {
            throw new NotACalendarException("calendarFeed.error.status", answer.status());
        }
        Charset charset = answer.charset() == null ? StandardCharsets.UTF_8 : answer.charset();
        String text = new String(answer.body(), charset);
        if (!text.stripLeading().startsWith("BEGIN:VCALENDAR")) {
            throw new NotACalendarException("calendarFeed.error.notCalendar");
        }
        return CalendarFeedReader.read(text, LocalDate.now(clock.withZone(ENGLAND)));
    }

    private int write(CalendarFeed feed, List<FedSession> sessions) {
        HsdsDocuments.Service document = listings.document(feed.serviceId())
                .orElseThrow(() -> new NotACalendarException("calendarFeed.error.gone"));
        HsdsDocuments.Service replaced = FeedSessions.replace(document, sessions);
        if (!FeedSessions.sameFedSessions(document, replaced)) {
            listings.write(replaced);
        }
        return sessions.size();
    }

    /**
     * Why a pull changed nothing, in words for the editor. The safe fetch says only "not fetched" or "too large",
     * never why (so no one learns what listens on the portal's network); a refused listing's problems are the
     * import's own field-by-field words.
     */
    private SavedWords reason(RuntimeException e) {
        return switch (e) {
            case NotACalendarException refused -> refused.reason();
            case InvalidListingException invalid -> SavedWords.of("calendarFeed.error.refused",
                    String.join("; ", invalid.problems()));
            default -> OutboundFetchException.NOT_FETCHED.equals(e.getMessage())
                    ? SavedWords.of("calendarFeed.error.notFetched")
                    : SavedWords.of("calendarFeed.error.tooLarge", settings.maxBytes());
        };
    }
}
