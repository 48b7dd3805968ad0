package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.directory.ServiceCard;

/** A list of service cards; each always says what it costs, where it is, the ages and who it is for. */
class ServiceList extends UnorderedList {

    ServiceList(List<ServiceCard> services, ListingText text, String headingLevel) {
        addClassName("service-list");
        getElement().setAttribute("aria-label", getTranslation("list.label"));
        services.forEach(service -> add(new ListItem(
                new ServiceCardView(ServiceCardView.Facts.of(service), text, null, null, headingLevel))));
    }
}
