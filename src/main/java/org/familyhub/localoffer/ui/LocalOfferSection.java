package org.familyhub.localoffer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.familyhub.localoffer.LocalOffer;
import org.familyhub.localoffer.ServiceAnswers;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.ServicePageSection;

/** On a service's page, when its provider has answered them: its Local Offer answers, before the forms. */
@org.springframework.stereotype.Component
class LocalOfferSection implements ServicePageSection {

    private final LocalOffer localOffer;
    private final DateText dates;
    private final Clock clock;

    LocalOfferSection(LocalOffer localOffer, DateText dates, Clock clock) {
        this.localOffer = localOffer;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public Component create(UUID serviceId, String serviceName) {
        return localOffer.published(serviceId).<Component>map(this::section).orElseGet(Div::new);
    }

    private Section section(ServiceAnswers answers) {
        Section section = new Section();
        section.setId("local-offer");
        section.addClassName("local-offer-section");
        section.add(new H2(section.getTranslation("localoffer.section.title")),
                new Paragraph(section.getTranslation("localoffer.section.intro")),
                Answers.of(section, answers.answers()));
        LocalDate updated = answers.updatedAt().atZone(clock.getZone()).toLocalDate();
        section.add(new Paragraph(section.getTranslation("localoffer.section.updated",
                dates.date(updated, com.vaadin.flow.component.UI.getCurrent() == null ? null
                        : com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        section.add(new Paragraph(new Anchor(LocalOfferHomeView.ROUTE,
                section.getTranslation("localoffer.section.more"))));
        return section;
    }
}
