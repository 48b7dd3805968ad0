package org.familyhub.portal.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.server.VaadinSession;

/**
 * The services a family put aside, kept in their session only: no account, nothing stored about them.
 * It is shared as a link holding the ids ({@code /shortlist?ids=…}).
 */
final class Shortlist implements Serializable {

    static final int MAX = 30;

    private final LinkedHashSet<UUID> ids = new LinkedHashSet<>();

    static Shortlist current() {
        VaadinSession session = VaadinSession.getCurrent();
        Shortlist shortlist = session.getAttribute(Shortlist.class);
        if (shortlist == null) {
            shortlist = new Shortlist();
            session.setAttribute(Shortlist.class, shortlist);
        }
        return shortlist;
    }

    /** False when the list is full. */
    synchronized boolean add(UUID id) {
        if (ids.size() >= MAX && !ids.contains(id)) {
            return false;
        }
        ids.add(id);
        return true;
    }

    synchronized void remove(UUID id) {
        ids.remove(id);
    }

    synchronized boolean contains(UUID id) {
        return ids.contains(id);
    }

    synchronized List<UUID> ids() {
        return new ArrayList<>(ids);
    }

    synchronized void clear() {
        ids.clear();
    }
}
