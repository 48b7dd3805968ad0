package org.familyhub.search.index;

import org.familyhub.directory.MeetingsMoved;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.search.CoursePlacesChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the index: runs after the change has committed, and when it fails (say the
 * search engine is down) the event stays incomplete in the registry and is delivered again later.
 */
@Component
class ServiceIndexer {

    private final ServiceIndex index;

    ServiceIndexer(ServiceIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(ServicesChanged event) {
        index.update(event.serviceIds());
    }

    /** The daily roll: the weeks of meetings each document keeps start from the new day; nothing else is written. */
    @ApplicationModuleListener
    void on(MeetingsMoved event) {
        index.updateMeetings(event.serviceIds());
    }

    @ApplicationModuleListener
    void on(CoursePlacesChanged event) {
        index.update(event.serviceIds());
    }
}
