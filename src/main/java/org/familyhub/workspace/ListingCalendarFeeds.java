package org.familyhub.workspace;

import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.familyhub.directory.WebAddress;
import org.familyhub.workspace.calendar.CalendarFeed;
import org.familyhub.workspace.calendar.CalendarFeedStore;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feed address a provider gives for a service, whose events the portal pulls in as the service's
 * sessions ({@link org.familyhub.workspace.calendar.CalendarFeedPull}). Editors may set it on any listing, a
 * provider only on their own organisation's, as for every other change ({@link WorkspaceAccess}). A new address
 * is pulled at the next run, within minutes.
 */
@org.springframework.stereotype.Service
@Transactional
public class ListingCalendarFeeds {

    /** The longest address the table keeps. */
    public static final int ADDRESS_LENGTH = 2000;

    private final Listings listings;
    private final CalendarFeedStore feeds;
    private final WorkspaceAccess access;

    ListingCalendarFeeds(Listings listings, CalendarFeedStore feeds, WorkspaceAccess access) {
        this.listings = listings;
        this.feeds = feeds;
        this.access = access;
    }

    /** A listing and its feed, if it has one. */
    public record ListingFeed(ListingSummary listing, Optional<CalendarFeed> feed) {
    }

    /** The listing and its feed; empty when there is no such listing. */
    @Transactional(readOnly = true)
    public Optional<ListingFeed> feed(UUID serviceId) {
        return listings.summary(serviceId).map(listing -> {
            access.mayEdit(listing.organisationId());
            return new ListingFeed(listing, feeds.find(serviceId));
        });
    }

    /**
     * Sets the feed's address.
     *
     * @throws IllegalArgumentException when the text is not an http(s) web address
     */
    public void set(UUID serviceId, String address) {
        check(serviceId);
        WebAddress url = WebAddress.parse(address).filter(a -> a.value().length() <= ADDRESS_LENGTH)
                .orElseThrow(() -> new IllegalArgumentException("not an http(s) web address"));
        feeds.save(serviceId, url.value());
    }

    /** The service's sessions stay as the last pull left them; they are no longer replaced. */
    public void remove(UUID serviceId) {
        check(serviceId);
        feeds.remove(serviceId);
    }

    private void check(UUID serviceId) {
        ListingSummary listing = listings.summary(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("There is no such listing."));
        access.mayEdit(listing.organisationId());
    }
}
