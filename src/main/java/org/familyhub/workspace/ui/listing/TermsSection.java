package org.familyhub.workspace.ui.listing;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.familyhub.directory.TermChoices;
import org.familyhub.directory.TermChoices.TermChoice;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.listing.ListingTerms;

/**
 * Who and what the listing is for, as the search filters know it: topics and levels of need (several), how to
 * get it, how it is delivered and SEND suitability. Terms are shown by name, in the page's language; the listing
 * carries them as {@code attributes}, as the content files do.
 */
public class TermsSection extends Section implements ListingSection {

    private final MultiSelectComboBox<TermChoice> topics = new MultiSelectComboBox<>();
    private final CheckboxGroup<TermChoice> level = new CheckboxGroup<>();
    private final CheckboxGroup<TermChoice> access = new CheckboxGroup<>();
    private final CheckboxGroup<TermChoice> delivery = new CheckboxGroup<>();
    private final CheckboxGroup<TermChoice> send = new CheckboxGroup<>();
    private final Set<UUID> managed = new HashSet<>();
    private final List<TermChoice> all;

    public TermsSection(TermChoices choices) {
        addClassName("listing-terms");
        List<TermChoice> topicTerms = choices.of("category", getLocale());
        List<TermChoice> levels = choices.of("level-of-need", getLocale()).stream()
                .sorted(java.util.Comparator.comparing(TermChoice::code)).toList();
        List<TermChoice> accessTerms = choices.of("access", getLocale());
        List<TermChoice> deliveryTerms = choices.of("delivery", getLocale());
        List<TermChoice> sendTerms = choices.of("send", getLocale());
        all = java.util.stream.Stream.of(topicTerms, levels, accessTerms, deliveryTerms, sendTerms)
                .flatMap(List::stream).toList();
        all.forEach(t -> managed.add(t.id()));
        topics.setItems(topicTerms);
        topics.setItemLabelGenerator(TermChoice::name);
        topics.setLabel(getTranslation("editor.listing.topics"));
        topics.setHelperText(getTranslation("editor.listing.topicsHelp"));
        topics.setWidthFull();
        // Several levels: a front door (e.g. early help) serves additional and complex needs alike.
        setUp(level, levels, "editor.listing.level");
        setUp(access, accessTerms, "editor.listing.access");
        setUp(delivery, deliveryTerms, "editor.listing.delivery");
        setUp(send, sendTerms, "editor.listing.send");
        add(new H2(getTranslation("editor.listing.termsHeading")), topics, level, access, delivery, send);
    }

    private void setUp(CheckboxGroup<TermChoice> group, List<TermChoice> terms, String key) {
        group.setItems(terms);
        group.setItemLabelGenerator(TermChoice::name);
        group.setLabel(getTranslation(key));
    }

    @Override
    public void read(HsdsDocuments.Service document) {
        Set<UUID> carried = ListingTerms.read(document);
        topics.setValue(chosen(topics.getListDataView().getItems().toList(), carried));
        level.setValue(chosen(level.getListDataView().getItems().toList(), carried));
        access.setValue(chosen(access.getListDataView().getItems().toList(), carried));
        delivery.setValue(chosen(delivery.getListDataView().getItems().toList(), carried));
        send.setValue(chosen(send.getListDataView().getItems().toList(), carried));
    }

    private static Set<TermChoice> chosen(List<TermChoice> terms, Set<UUID> carried) {
        return terms.stream().filter(t -> carried.contains(t.id())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public HsdsDocuments.Service applyTo(HsdsDocuments.Service document) {
        Set<UUID> chosen = new LinkedHashSet<>();
        topics.getValue().forEach(t -> chosen.add(t.id()));
        java.util.stream.Stream.of(level, access, delivery, send).forEach(g -> g.getValue().forEach(t -> chosen.add(t.id())));
        return ListingTerms.apply(document, managed, chosen);
    }

    @Override
    public List<String> problems() {
        return List.of();
    }

    @Override
    public void setEditable(boolean editable) {
        List.<HasValue<?, ?>>of(topics, level, access, delivery, send).forEach(f -> f.setReadOnly(!editable));
    }

    /** For tests: the names a person sees, never codes. */
    public List<TermChoice> offered() {
        return all;
    }

    public MultiSelectComboBox<TermChoice> topics() {
        return topics;
    }

    public CheckboxGroup<TermChoice> level() {
        return level;
    }
}
