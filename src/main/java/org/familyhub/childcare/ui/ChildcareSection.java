package org.familyhub.childcare.ui;

import java.time.Clock;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.familyhub.childcare.Childcare;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.ServicePageSection;

/** On a childcare provider's service page: its childcare facts and vacancies. Nothing for other services. */
@org.springframework.stereotype.Component
class ChildcareSection implements ServicePageSection {

    private final Childcare childcare;
    private final DateText dates;
    private final Clock clock;

    ChildcareSection(Childcare childcare, DateText dates, Clock clock) {
        this.childcare = childcare;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public Component create(UUID serviceId, String serviceName) {
        return childcare.facts(serviceId).<Component>map(facts -> {
            Section section = new Section();
            section.setId("childcare-facts");
            section.add(new H2(section.getTranslation("childcare.section.title")));
            section.add(new FactsList(section, dates, childcare::known, clock.getZone()).of(facts));
            return section;
        }).orElseGet(Div::new);
    }
}
