package org.familyhub.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of a professional's "My referrals" page that another module owns: the course places they booked for
 * families. The page shows every such bean after its own requests for help, in {@link #order()}, so a professional
 * finds everything they asked for on a family's behalf in one place. Implementations are Spring beans, create new
 * components on each call, and read only the signed-in professional's own records.
 */
public interface MyReferralsSection {

    /** Lower comes first. */
    int order();

    Component create();
}
