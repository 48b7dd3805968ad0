package org.familyhub.workspace.ui.listing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * A venue's accessibility features and how to get there, as the venue screen and the listing editor's new venue
 * both ask for them: one set of fields, so a venue typed into a listing is described as fully as one corrected in
 * its own screen. Features are held by their codes ({@code wheelchair-access}), shown by their names.
 */
public class VenueAccessFields {

    private final CheckboxGroup<String> accessibility = new CheckboxGroup<>();
    private final TextArea transport = new TextArea();

    /** @param features the features a venue may offer, code to name in the reader's language, in the order shown */
    public VenueAccessFields(Map<String, String> features) {
        Map<String, String> names = new LinkedHashMap<>(features);
        accessibility.setLabel(accessibility.getTranslation("records.venue.accessibility"));
        accessibility.setItems(names.keySet());
        accessibility.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        transport.setLabel(transport.getTranslation("records.venue.transport"));
        transport.setHelperText(transport.getTranslation("records.venue.transportHelp"));
    }

    /** Shows the venue's features (any the list does not offer are left aside) and its directions. */
    public void show(Set<String> features, @Nullable String directions) {
        accessibility.setValue(accessibility.getListDataView().getItems().filter(features::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        transport.setValue(Objects.requireNonNullElse(directions, ""));
    }

    /** The codes of the features ticked. */
    public Set<String> features() {
        return new LinkedHashSet<>(accessibility.getValue());
    }

    /** The directions typed, or {@code null} when none. */
    public @Nullable String directions() {
        return transport.getValue().isBlank() ? null : transport.getValue().strip();
    }

    public void setReadOnly(boolean readOnly) {
        accessibility.setReadOnly(readOnly);
        transport.setReadOnly(readOnly);
    }

    public CheckboxGroup<String> accessibility() {
        return accessibility;
    }

    public TextArea transport() {
        return transport;
    }
}
