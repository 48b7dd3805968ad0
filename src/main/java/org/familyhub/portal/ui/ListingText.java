package org.familyhub.portal.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.familyhub.portal.ListingWords;

/** The listing words in the language of the page the component is on; "today" is the portal clock's. */
final class ListingText extends ListingWords {

    ListingText(Component component, String areaName, LocalDate today) {
        super(component::getTranslation, UI.getCurrent() == null ? null : UI.getCurrent().getLocale(), areaName,
                today);
    }
}
