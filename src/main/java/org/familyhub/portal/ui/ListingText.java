package org.familyhub.portal.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.familyhub.directory.Cost;
import org.familyhub.portal.ListingWords;

/** The listing words in the language of the page the component is on; "today" is the portal clock's. */
final class ListingText extends ListingWords {

    ListingText(Component component, String areaName, LocalDate today) {
        super(component::getTranslation, UI.getCurrent() == null ? null : UI.getCurrent().getLocale(), areaName,
                today);
    }

    /** The cost, marked English when it is the provider's own words on a Polish page. */
    Span costText(Cost cost) {
        Span span = new Span(cost(cost));
        return costInEnglish(cost) ? TermText.inEnglish(span) : span;
    }

    /** Text as a provider wrote it (a name, a description, directions): English, and marked so. */
    static Span listing(String text) {
        return TermText.inEnglish(new Span(text));
    }
}
