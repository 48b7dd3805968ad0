package org.familyhub.workspace.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.Publication;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.ListingPublications;

/**
 * When a listing is shown to families: the first and last listed days (British dates), set at once without
 * review, like a closure. The page says plainly what families see now and what will change on which day.
 */
@Route(value = "workspace/publication", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class PublicationView extends OnTheListingView {

    private final ListingPublications publications;
    private final DateText dates;
    private final DatePicker from = DateEntry.localised(new DatePicker());
    private final DatePicker until = DateEntry.localised(new DatePicker());

    PublicationView(ListingPublications publications, DateText dates) {
        this.publications = publications;
        this.dates = dates;
        addClassName("workspace-publication");
        from.setLabel(getTranslation("editor.publication.from"));
        from.setHelperText(getTranslation("editor.publication.fromHelp"));
        until.setLabel(getTranslation("editor.publication.until"));
        until.setHelperText(getTranslation("editor.publication.untilHelp"));
        Button save = new Button(getTranslation("editor.publication.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Anchor("workspace", getTranslation("editor.title")), heading, state,
                new Paragraph(getTranslation("editor.publication.intro")), feedback, new FormLayout(from, until), save);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        UUID parsed = Ids.parse(id).orElseThrow(NotFoundException::new);
        Publication publication = publications.publication(parsed).orElseThrow(NotFoundException::new);
        showing(parsed);
        from.setValue(publication.from());
        until.setValue(publication.until());
        show(publication);
    }

    private void show(Publication publication) {
        heading.setText(getTranslation("editor.publication.title", publication.name()));
        String now = publication.scheduled()
                ? getTranslation("editor.publication.stateScheduled", dates.date(publication.from(), getLocale()))
                : switch (publication.status()) {
                    case "active", "temporarily closed" -> getTranslation("editor.publication.stateListed");
                    default -> getTranslation("editor.publication.stateHidden");
                };
        state.setText(publication.until() == null ? now
                : now + " " + getTranslation("editor.publication.stateUntil",
                        dates.date(publication.until(), getLocale())));
    }

    private void save() {
        feedback.attempt(getTranslation("editor.problems"), () -> {
            if (from.isInvalid() || until.isInvalid()) {
                throw new IllegalArgumentException(getTranslation("editor.publication.badDate"));
            }
            UUID id = id();
            publications.schedule(id, from.getValue(), until.getValue());
            publications.publication(id).ifPresent(this::show);
            feedback.done(getTranslation("editor.publication.saved"));
        });
    }
}
