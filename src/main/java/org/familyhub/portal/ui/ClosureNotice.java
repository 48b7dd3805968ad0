package org.familyhub.portal.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.directory.Closure;

/**
 * A temporary closure at the top of a service's page, so its regulars read it first: closed until when, the
 * service's own notice, and the service to go to instead. A closure still to come is announced.
 */
class ClosureNotice extends Div {

    /** Whether the page says anything: a closure that has ended (its status not yet set back) says nothing. */
    static boolean shows(Closure closure, LocalDate today) {
        return closure.closedOn(today) || closure.ahead(today);
    }

    ClosureNotice(Closure closure, ListingText text) {
        boolean closed = closure.closedOn(text.today());
        addClassNames("notice", closed ? "notice-warning" : "notice-info", "closure-notice");
        getElement().setAttribute("role", "note");
        String when;
        if (closed) {
            when = closure.until() == null ? getTranslation("closure.closed")
                    : getTranslation("closure.closedUntil", text.date(closure.until()));
        } else {
            when = closure.until() == null ? getTranslation("closure.closingFrom", text.date(closure.from()))
                    : getTranslation("closure.closingBetween", text.date(closure.from()), text.date(closure.until()));
        }
        add(new Paragraph(when));
        if (closure.notice() != null) {
            add(TermText.inEnglish(new Paragraph(closure.notice())));
        }
        if (closure.alternativeId() != null && closure.alternativeName() != null) {
            Paragraph instead = new Paragraph(getTranslation("closure.goInstead") + " ");
            instead.add(TermText.inEnglish(new RouterLink(closure.alternativeName(), ServiceView.class,
                    closure.alternativeId().toString())));
            add(instead);
        }
    }
}
