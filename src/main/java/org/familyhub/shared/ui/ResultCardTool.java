package org.familyhub.shared.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;

/**
 * A control another module adds to each card in a page of search results, for some signed-in people only: a
 * professional's "Add to a folder". The search page asks each bean {@link #forPage()} once per page of results, so
 * whatever the control needs (a professional's folders) is read at most once a page, never once a card.
 * Implementations are Spring beans.
 */
public interface ResultCardTool {

    /** The controls for one page of results. */
    interface PageOfCards {

        Component control(UUID serviceId, String serviceName);
    }

    /**
     * Empty for a visitor who gets no control: their cards stay exactly as they are, not one element more. Decided
     * from who is signed in, without reading the database.
     */
    Optional<PageOfCards> forPage();
}
