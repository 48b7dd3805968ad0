package org.familyhub.workspace.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.Closure;
import org.familyhub.directory.Cost;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.ListingClosures;
import org.familyhub.workspace.ListingClosures.ClosureForm;

/**
 * Closing a service for a while, or opening it again, at once: the first and last closed days (British dates),
 * the notice its regulars read, and the service to send them to instead, chosen by name a page at a time.
 */
@Route(value = "workspace/closure", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ClosureView extends OnTheListingView {

    private final ListingClosures closures;
    private final DateText dates;
    private final DatePicker from = DateEntry.localised(new DatePicker());
    private final DatePicker until = DateEntry.localised(new DatePicker());
    private final TextArea notice = new TextArea();
    private final ComboBox<ServiceCard> alternative = new ComboBox<>();
    private final Button close = new Button();
    private final Button reopen = new Button();

    ClosureView(ListingClosures closures, DateText dates) {
        this.closures = closures;
        this.dates = dates;
        addClassName("workspace-closure");
        from.setLabel(getTranslation("editor.closure.from"));
        from.setHelperText(getTranslation("editor.closure.fromHelp"));
        until.setLabel(getTranslation("editor.closure.until"));
        until.setHelperText(getTranslation("editor.closure.untilHelp"));
        notice.setLabel(getTranslation("editor.closure.notice"));
        notice.setHelperText(getTranslation("editor.closure.noticeHelp"));
        notice.setMaxLength(DirectoryChanges.NOTICE_LENGTH);
        alternative.setLabel(getTranslation("editor.closure.alternative"));
        alternative.setHelperText(getTranslation("editor.closure.alternativeHelp"));
        alternative.setItemLabelGenerator(ServiceCard::name);
        alternative.setItems(query -> closures.alternatives(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        close.setText(getTranslation("editor.closure.close"));
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.addClickListener(click -> attempt(() -> {
            closures.close(id(), form());
            feedback.done(getTranslation("editor.closure.closed"));
        }));
        reopen.setText(getTranslation("editor.closure.reopen"));
        reopen.addClickListener(click -> attempt(() -> {
            closures.reopen(id());
            feedback.done(getTranslation("editor.closure.reopened"));
        }));
        FormLayout form = new FormLayout(from, until, notice, alternative);
        form.setColspan(notice, 2);
        add(new Anchor("workspace", getTranslation("editor.title")), heading, state,
                new Paragraph(getTranslation("editor.closure.intro")), feedback, form, new HorizontalLayout(close, reopen));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        UUID parsed = Ids.parse(id).orElseThrow(NotFoundException::new);
        ServiceDetails listing = closures.listing(parsed).orElseThrow(NotFoundException::new);
        showing(parsed);
        show(listing);
        Closure closure = listing.closure();
        if (closure != null) {
            from.setValue(closure.from());
            until.setValue(closure.until());
            notice.setValue(closure.notice() == null ? "" : closure.notice());
            if (closure.alternativeId() != null && closure.alternativeName() != null) {
                // Kept when the closure is saved again; the editor may clear or change it.
                alternative.setValue(new ServiceCard(closure.alternativeId(), closure.alternativeName(), "", null,
                        new Cost(false, List.of(), null), List.of(), null, null, List.of(), "active", null));
            }
        }
    }

    private void show(ServiceDetails listing) {
        heading.setText(getTranslation("editor.closure.title", listing.name()));
        Closure closure = listing.closure();
        state.setText(closure == null ? getTranslation("editor.closure.stateOpen")
                : getTranslation("editor.closure.stateClosed",
                        closure.from() == null ? "—" : dates.date(closure.from(), getLocale()),
                        closure.until() == null ? getTranslation("editor.closure.furtherNotice")
                                : dates.date(closure.until(), getLocale()),
                        closure.alternativeName() == null ? "—" : closure.alternativeName()));
        reopen.setEnabled(closure != null);
    }

    private void attempt(Runnable action) {
        feedback.attempt(getTranslation("editor.problems"), () -> {
            if (from.isInvalid() || until.isInvalid()) {
                throw new IllegalArgumentException(getTranslation("editor.closure.badDate"));
            }
            action.run();
            closures.listing(id()).ifPresent(this::show);
        });
    }

    private ClosureForm form() {
        ServiceCard chosen = alternative.getValue();
        return new ClosureForm(from.getValue(), until.getValue(), notice.getValue(),
                chosen == null ? null : chosen.id());
    }
}
