package org.familyhub.workspace.ui.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.workspace.listing.Session;
import org.familyhub.workspace.listing.Venue;
import org.jspecify.annotations.Nullable;

/**
 * One venue of the listing with its sessions. A venue chosen from the directory is shown as the directory has it
 * (changed in its own screen); a new one is typed in, its postcode checked as a UK postcode, and given its
 * accessibility features and how to get there with the venue screen's own fields.
 */
class VenueEditor extends Div {

    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField town = new TextField();
    private final TextField postcode = new TextField();
    private final VenueAccessFields access;
    private final Div sessions = new Div();
    private final Button addSession = new Button();
    private final Button remove = new Button();
    private final @Nullable String linkId;
    private final @Nullable String locationId;
    private final boolean chosen;
    private final LocalDate today;

    /**
     * @param chosen   a venue just picked from the directory: its details are not typed here
     * @param today    the council's date, before which a session's exception dates are past
     * @param features the accessibility features a venue may offer, code to name in the reader's language
     */
    VenueEditor(Venue venue, int number, boolean chosen, LocalDate today, java.util.Map<String, String> features,
            Runnable onRemove) {
        this.today = today;
        this.linkId = venue.linkId();
        this.locationId = venue.locationId();
        this.chosen = chosen;
        addClassName("listing-venue");
        name.setLabel(getTranslation("editor.field.venueName"));
        address.setLabel(getTranslation("editor.field.venueAddress"));
        town.setLabel(getTranslation("editor.field.venueTown"));
        postcode.setLabel(getTranslation("editor.field.venuePostcode"));
        postcode.setHelperText(getTranslation("editor.venue.postcodeHelp"));
        name.setValue(text(venue.name()));
        address.setValue(text(venue.address()));
        town.setValue(text(venue.town()));
        postcode.setValue(text(venue.postcode()));
        access = new VenueAccessFields(features);
        access.show(venue.accessibility(), venue.transport());
        venue.sessions().forEach(this::addSession);
        addSession.setText(getTranslation("editor.session.add"));
        addSession.addClickListener(click -> addSession(null));
        remove.setText(getTranslation("editor.venue.remove", number));
        remove.addClickListener(click -> onRemove.run());
        FormLayout details = new FormLayout(name, address, town, postcode, access.accessibility(),
                access.transport());
        details.setColspan(access.accessibility(), 2);
        details.setColspan(access.transport(), 2);
        add(new H3(getTranslation("editor.venue.heading", number)), details);
        if (chosen) {
            access.accessibility().setVisible(false);
            access.transport().setVisible(false);
            add(new Paragraph(getTranslation("editor.venue.fromDirectory")));
        }
        add(sessions, addSession, remove);
        setDetailsEditable(!chosen);
    }

    private void addSession(@Nullable Session session) {
        SessionEditor[] holder = new SessionEditor[1];
        holder[0] = new SessionEditor(session, sessions.getComponentCount() + 1, today,
                () -> sessions.remove(holder[0]));
        sessions.add(holder[0]);
    }

    /** The venue, or {@code null} after marking each field at fault. */
    @Nullable Venue venue(List<String> problems) {
        List<String> mine = new ArrayList<>();
        if (!chosen) {
            List<String> wrong = new Venue(linkId, null, name.getValue(), address.getValue(), town.getValue(),
                    postcode.getValue(), List.of()).problems();
            mark(name, wrong.contains(Venue.NAME_MISSING), Venue.NAME_MISSING, mine);
            mark(address, wrong.contains(Venue.ADDRESS_MISSING), Venue.ADDRESS_MISSING, mine);
            mark(postcode, wrong.contains(Venue.POSTCODE_WRONG), Venue.POSTCODE_WRONG, mine);
        }
        List<Session> shown = new ArrayList<>();
        sessions.getChildren().map(SessionEditor.class::cast).forEach(s -> {
            Session session = s.session(mine);
            if (session != null) {
                shown.add(session);
            }
        });
        problems.addAll(mine);
        return mine.isEmpty() ? new Venue(linkId, locationId, blank(name.getValue()), blank(address.getValue()),
                blank(town.getValue()), blank(postcode.getValue()), shown, access.features(), access.directions())
                : null;
    }

    private void mark(TextField field, boolean wrong, String key, List<String> problems) {
        field.setInvalid(wrong);
        if (wrong) {
            field.setErrorMessage(getTranslation(key));
            problems.add(getTranslation(key));
        }
    }

    void setEditable(boolean editable) {
        setDetailsEditable(editable && !chosen);
        sessions.getChildren().map(SessionEditor.class::cast).forEach(s -> s.setEditable(editable));
        addSession.setVisible(editable);
        remove.setVisible(editable);
    }

    private void setDetailsEditable(boolean editable) {
        java.util.stream.Stream.of(name, address, town, postcode).forEach(f -> f.setReadOnly(!editable));
        access.setReadOnly(!editable);
    }

    List<SessionEditor> sessionEditors() {
        return sessions.getChildren().map(SessionEditor.class::cast).toList();
    }

    Button addSessionButton() { return addSession; }
    TextField name() { return name; }
    TextField address() { return address; }
    TextField town() { return town; }
    TextField postcode() { return postcode; }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
