package org.familyhub.workspace.ui.listing;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.listing.ListingLanguages;
import org.familyhub.workspace.listing.ListingLanguages.Spoken;

/** The languages the service is offered in: chosen from common community languages, or typed in. */
public class LanguagesSection extends Section implements ListingSection {

    private final UnorderedList shown = new UnorderedList();
    private final List<Spoken> languages = new ArrayList<>();
    private final ComboBox<String> choose = new ComboBox<>();
    private boolean editable = true;

    public LanguagesSection() {
        addClassName("listing-languages");
        choose.setLabel(getTranslation("editor.language.add"));
        choose.setHelperText(getTranslation("editor.language.addHelp"));
        choose.setItems(ListingLanguages.COMMON.keySet());
        choose.setAllowCustomValue(true);
        choose.setWidthFull();
        choose.addCustomValueSetListener(event -> addLanguage(event.getDetail()));
        choose.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                addLanguage(event.getValue());
            }
        });
        add(new H2(getTranslation("editor.language.heading")), shown, choose);
    }

    /** Adds the language unless it is there already. */
    void addLanguage(String name) {
        if (name != null && !name.isBlank() && languages.stream().noneMatch(l -> l.name().equalsIgnoreCase(
                name.strip()))) {
            languages.add(Spoken.named(name));
            show();
        }
        choose.clear();
    }

    private void show() {
        shown.removeAll();
        for (Spoken language : List.copyOf(languages)) {
            Button remove = new Button(getTranslation("editor.language.remove", language.name()),
                    click -> {
                        languages.remove(language);
                        show();
                    });
            remove.setVisible(editable);
            shown.add(new ListItem(new Span(language.name()), remove));
        }
    }

    @Override
    public void read(HsdsDocuments.Service document) {
        languages.clear();
        languages.addAll(ListingLanguages.read(document));
        show();
    }

    @Override
    public HsdsDocuments.Service applyTo(HsdsDocuments.Service document) {
        return ListingLanguages.apply(document, languages);
    }

    @Override
    public List<String> problems() {
        return List.of();
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        choose.setVisible(editable);
        show();
    }

    List<String> names() {
        return languages.stream().map(Spoken::name).toList();
    }

    ComboBox<String> chooser() {
        return choose;
    }
}
