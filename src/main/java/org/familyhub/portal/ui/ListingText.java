package org.familyhub.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.familyhub.portal.ListingWords;

/** The listing words in the language of the page the component is on. */
final class ListingText extends ListingWords {

    ListingText(Component component, String areaName) {
        super(component::getTranslation, UI.getCurrent() == null ? null : UI.getCurrent().getLocale(), areaName,
                java.time.LocalDate.now());
    }
}
