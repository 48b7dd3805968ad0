package org.familyhub.workspace.ui.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.familyhub.directory.TermChoices;
import org.familyhub.directory.TermChoices.TermChoice;
import org.familyhub.directory.VenueLookup;
import org.familyhub.directory.VenueLookup.VenueChoice;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.listing.ListingVenues;
import org.familyhub.workspace.listing.Venue;

/**
 * Where the listing meets: several venues, each with its sessions. A venue already in the directory is found by
 * a few letters of its name or its postcode (paged in the database, never all venues), or a new one is typed in.
 */
public class VenuesSection extends Section implements ListingSection {

    private static final String ACCESSIBILITY = "accessibility";

    private final Div venues = new Div();
    private final ComboBox<VenueChoice> existing = new ComboBox<>();
    private final Button addNew = new Button();
    private final Clock clock;
    private final VenueLookup lookup;
    /** The accessibility features as the document keeps them (English names), and as the reader sees them. */
    private final List<TermChoice> features;
    private final Map<String, String> featureNames = new LinkedHashMap<>();
    private boolean editable = true;

    public VenuesSection(VenueLookup lookup, TermChoices choices, Clock clock) {
        this.clock = clock;
        this.lookup = lookup;
        this.features = choices.of(ACCESSIBILITY, Locale.ENGLISH);
        choices.of(ACCESSIBILITY, getLocale()).forEach(f -> featureNames.put(f.code(), f.name()));
        addClassName("listing-venues");
        existing.setLabel(getTranslation("editor.venue.find"));
        existing.setHelperText(getTranslation("editor.venue.findHelp"));
        existing.setItemLabelGenerator(VenueChoice::label);
        existing.setItems(query -> lookup.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        existing.setWidthFull();
        existing.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VenueChoice c = event.getValue();
                add(new Venue(null, c.id().toString(), c.name(), c.address(), c.town(), c.postcode(), List.of()),
                        true);
                existing.clear();
            }
        });
        addNew.setText(getTranslation("editor.venue.addNew"));
        addNew.addClickListener(click -> add(new Venue(null, null, null, null, null, null, List.of()), false));
        add(new H2(getTranslation("editor.venue.sectionHeading")), venues, existing, addNew);
    }

    private void add(Venue venue, boolean chosen) {
        VenueEditor[] holder = new VenueEditor[1];
        holder[0] = new VenueEditor(venue, venues.getComponentCount() + 1, chosen, LocalDate.now(clock),
                featureNames, () -> venues.remove(holder[0]));
        holder[0].setEditable(editable);
        venues.add(holder[0]);
    }

    @Override
    public void read(HsdsDocuments.Service document) {
        venues.removeAll();
        ListingVenues.read(document).forEach(v -> add(v, false));
    }

    @Override
    public HsdsDocuments.Service applyTo(HsdsDocuments.Service document) {
        List<String> problems = new ArrayList<>();
        List<Venue> shown = shown(problems);
        if (!problems.isEmpty()) {
            throw new org.familyhub.directory.InvalidListingException(problems);
        }
        return ListingVenues.apply(document, shown, features, id -> lookup.location(java.util.UUID.fromString(id)),
                LocalDate.now(clock));
    }

    private List<Venue> shown(List<String> problems) {
        List<Venue> shown = new ArrayList<>();
        editors().forEach(editor -> {
            Venue venue = editor.venue(problems);
            if (venue != null) {
                shown.add(venue);
            }
        });
        return shown;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        shown(problems);
        return problems;
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        editors().forEach(e -> e.setEditable(editable));
        existing.setVisible(editable);
        addNew.setVisible(editable);
    }

    List<VenueEditor> editors() {
        return venues.getChildren().map(VenueEditor.class::cast).toList();
    }

    Button addNewButton() {
        return addNew;
    }

    ComboBox<VenueChoice> existing() {
        return existing;
    }
}
