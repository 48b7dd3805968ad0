package org.familyhub.childcare.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.childcare.AgeGroup;
import org.familyhub.childcare.ChildcareFacts;
import org.familyhub.childcare.Childcare;
import org.familyhub.childcare.InvalidChildcareException;
import org.familyhub.childcare.ProviderUpdates;
import org.familyhub.childcare.ProviderUpdates.Places;
import org.familyhub.childcare.Vacancy;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * A provider's vacancies and fees, in one screen and one button: a number field for each age group they take on
 * each day they open, already holding what they said last time, and the three fees. Saving needs no review and
 * dates every row today. Without a listing in the address, the provider's childcare listings to choose from.
 */
@Route(value = "workspace/childcare", layout = MainLayout.class)
@RolesAllowed({Roles.PROVIDER, Roles.EDITOR, Roles.ADMIN})
class VacanciesView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProviderUpdates updates;
    private final Childcare childcare;
    private final DateText dates;
    private final Clock clock;
    private final Map<String, IntegerField> places = new LinkedHashMap<>();
    private final BigDecimalField perHour = new BigDecimalField();
    private final BigDecimalField perSession = new BigDecimalField();
    private final BigDecimalField perDay = new BigDecimalField();
    private final Paragraph status = new Paragraph();

    VacanciesView(ProviderUpdates updates, Childcare childcare, DateText dates, Clock clock) {
        this.updates = updates;
        this.childcare = childcare;
        this.dates = dates;
        this.clock = clock;
        addClassName("workspace-childcare");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String id) {
        removeAll();
        places.clear();
        add(new H1(getTranslation("childcare.vacancies.title")));
        Optional<UUID> serviceId = parse(id);
        if (serviceId.isEmpty()) {
            add(choices());
            return;
        }
        ChildcareFacts facts;
        try {
            facts = updates.current(serviceId.get());
        } catch (InvalidChildcareException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        add(form(facts));
    }

    private Section choices() {
        Section section = new Section(new H2(getTranslation("childcare.vacancies.choose")));
        List<ProviderUpdates.MyListing> mine = updates.mine();
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("childcare.vacancies.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        mine.forEach(listing -> list.add(new ListItem(
                new RouterLink(listing.name(), VacanciesView.class, listing.id().toString()))));
        section.add(list);
        return section;
    }

    private Section form(ChildcareFacts facts) {
        Section section = new Section(new H2(name(facts)));
        section.add(new Paragraph(getTranslation("childcare.vacancies.intro")));
        section.add(freshness(facts));
        status.setVisible(false);
        status.setId("vacancies-status");
        status.getElement().setAttribute("role", "status");
        section.add(status);
        Map<String, Integer> current = new LinkedHashMap<>();
        facts.vacancies().forEach(v -> current.put(key(v.ageGroup(), v.day()), v.places()));
        for (AgeGroup group : AgeGroup.values()) {
            if (group.toMonths() < facts.minAgeMonths() || group.fromMonths() > facts.maxAgeMonths()) {
                continue;
            }
            Div row = new Div();
            row.addClassName("vacancy-row");
            for (String day : facts.openingDays()) {
                IntegerField field = new IntegerField(getTranslation("childcare.vacancies.placesFor",
                        getTranslation("childcare.ageGroup." + group.code()), getTranslation("childcare.day." + day)));
                field.setId("places-" + group.code() + "-" + day);
                field.setMin(0);
                field.setMax(99);
                field.setValue(current.getOrDefault(key(group, day), 0));
                places.put(key(group, day), field);
                row.add(field);
            }
            section.add(row);
        }
        perHour.setLabel(getTranslation("childcare.vacancies.perHour"));
        perHour.setId("fee-per-hour");
        perHour.setValue(facts.fees().perHour());
        perSession.setLabel(getTranslation("childcare.vacancies.perSession"));
        perSession.setId("fee-per-session");
        perSession.setValue(facts.fees().perSession());
        perDay.setLabel(getTranslation("childcare.vacancies.perDay"));
        perDay.setId("fee-per-day");
        perDay.setValue(facts.fees().perDay());
        Button save = new Button(getTranslation("childcare.vacancies.save"), click -> save(facts.serviceId()));
        save.setId("vacancies-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new H2(getTranslation("childcare.vacancies.fees")), perHour, perSession, perDay, save);
        return section;
    }

    private String name(ChildcareFacts facts) {
        return updates.mine().stream().filter(l -> l.id().equals(facts.serviceId())).map(ProviderUpdates.MyListing::name)
                .findFirst().orElse(getTranslation("childcare.vacancies.title"));
    }

    private Paragraph freshness(ChildcareFacts facts) {
        Optional<Instant> last = facts.vacancies().stream().map(Vacancy::updatedAt).max(Comparator.naturalOrder());
        Paragraph line = new Paragraph();
        line.setId("vacancies-freshness");
        if (last.isEmpty()) {
            line.setText(getTranslation("childcare.vacancies.never"));
            return line;
        }
        String when = dates.date(last.get().atZone(clock.getZone()).toLocalDate(), getLocale());
        boolean stale = facts.vacancies().stream().noneMatch(childcare::known);
        line.setText(getTranslation(stale ? "childcare.vacancies.stale" : "childcare.vacancies.lastUpdated", when));
        if (stale) {
            line.addClassNames("notice", "notice-warning");
        }
        return line;
    }

    private void save(UUID serviceId) {
        List<Places> given = new ArrayList<>();
        for (Map.Entry<String, IntegerField> entry : places.entrySet()) {
            String[] parts = entry.getKey().split("\\|");
            Integer value = entry.getValue().getValue();
            if (entry.getValue().isInvalid()) {
                value = -1;
            }
            given.add(new Places(AgeGroup.ofCode(parts[0]).orElseThrow(), parts[1], value == null ? 0 : value));
        }
        try {
            updates.update(serviceId, given, fee(perHour), fee(perSession), fee(perDay));
            status.setText(getTranslation("childcare.vacancies.saved"));
            status.removeClassName("notice-warning");
        } catch (InvalidChildcareException e) {
            status.setText(getTranslation(e.messageKey()));
            status.addClassNames("notice", "notice-warning");
        }
        status.setVisible(true);
    }

    private static @Nullable BigDecimal fee(BigDecimalField field) {
        return field.getValue();
    }

    private static String key(AgeGroup group, String day) {
        return group.code() + "|" + day;
    }

    private static Optional<UUID> parse(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("childcare.vacancies.title");
    }
}
