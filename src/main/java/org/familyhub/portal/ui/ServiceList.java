package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.directory.ServiceCard;

/** A list of service cards; each always says what it costs, where it is, the ages and who it is for. */
class ServiceList extends UnorderedList {

    ServiceList(List<ServiceCard> services, String areaName) {
        addClassName("service-list");
        getElement().setAttribute("aria-label", getTranslation("list.label"));
        ListingText text = new ListingText(this, areaName);
        services.forEach(service -> add(new ListItem(card(service, text))));
    }

    private Article card(ServiceCard service, ListingText text) {
        Article card = new Article();
        card.addClassName("service-card");
        H2 title = new H2(new RouterLink(service.name(), ServiceView.class, service.id().toString()));
        title.addClassName("service-card-title");
        Paragraph provider = new Paragraph(getTranslation("card.provider", service.provider()));
        provider.addClassName("service-card-provider");
        card.add(title, provider);
        if (service.summary() != null) {
            card.add(new Paragraph(service.summary()));
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "card.cost", text.cost(service.cost()));
        fact(facts, "card.where", text.places(service.places()));
        fact(facts, "card.ages", text.ages(service.minimumAge(), service.maximumAge()));
        if (!service.levels().isEmpty()) {
            fact(facts, "card.for", getTranslation("level." + service.levels().getFirst().name()));
        }
        card.add(facts);
        return card;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new Term(getTranslation(key)), new Description(value));
    }
}
