package org.familyhub.workspace.ui.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.PhoneNumber;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.listing.ListingContacts;
import org.jspecify.annotations.Nullable;

/**
 * Who families contact: roles or teams with the service's e-mail and, if they have one, their own phone (never a
 * named person); and the phones after the form's first one. Each e-mail and UK number is checked beside its field by
 * the rule imports use.
 */
public class ContactsSection extends Section implements ListingSection {

    private final Div contacts = new Div();
    private final Div phones = new Div();
    private final Button addContact = new Button();
    private final Button addPhone = new Button();
    private List<ListingContacts.Phone> readPhones = List.of();
    private boolean editable = true;

    public ContactsSection() {
        addClassName("listing-contacts");
        addContact.setText(getTranslation("editor.contact.add"));
        addContact.addClickListener(click -> addContact(new ListingContacts.Contact(null, null, null, null)));
        addPhone.setText(getTranslation("editor.phone.add"));
        addPhone.addClickListener(click -> addPhone(new ListingContacts.Phone(null, null, null)));
        add(new H2(getTranslation("editor.contact.heading")), new Paragraph(getTranslation("editor.contact.help")),
                contacts, addContact, new H3(getTranslation("editor.phone.heading")), phones, addPhone);
    }

    private void addContact(ListingContacts.Contact contact) {
        Row[] holder = new Row[1];
        holder[0] = new Row(contact.id(), "listing-contact", contact.title(), contact.email(),
                getTranslation("editor.contact.title"), getTranslation("editor.contact.email"),
                getTranslation("editor.contact.remove", contacts.getComponentCount() + 1),
                () -> contacts.remove(holder[0]));
        holder[0].addThird(getTranslation("editor.contact.phone"), contact.phone());
        holder[0].setEditable(editable);
        contacts.add(holder[0]);
    }

    private void addPhone(ListingContacts.Phone phone) {
        Row[] holder = new Row[1];
        holder[0] = new Row(phone.id(), "listing-phone", phone.number(), phone.description(),
                getTranslation("editor.phone.number"), getTranslation("editor.phone.description"),
                getTranslation("editor.phone.remove", phones.getComponentCount() + 1), () -> phones.remove(holder[0]));
        holder[0].second.setHelperText(getTranslation("editor.phone.descriptionHelp"));
        holder[0].setEditable(editable);
        phones.add(holder[0]);
    }

    @Override
    public void read(HsdsDocuments.Service document) {
        contacts.removeAll();
        phones.removeAll();
        ListingContacts.contacts(document).forEach(this::addContact);
        readPhones = ListingContacts.otherPhones(document);
        readPhones.forEach(this::addPhone);
    }

    @Override
    public HsdsDocuments.Service applyTo(HsdsDocuments.Service document) {
        List<String> problems = new ArrayList<>();
        List<ListingContacts.Contact> shownContacts = shownContacts(problems);
        List<ListingContacts.Phone> shownPhones = shownPhones(problems);
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
        return ListingContacts.applyPhones(ListingContacts.applyContacts(document, shownContacts), readPhones,
                shownPhones);
    }

    private List<ListingContacts.Contact> shownContacts(List<String> problems) {
        List<ListingContacts.Contact> shown = new ArrayList<>();
        for (Row row : rows(contacts)) {
            boolean noTitle = row.first.getValue().isBlank();
            boolean badEmail = !EmailAddress.allowedOrBlank(row.second.getValue());
            String typed = row.third.getValue();
            Optional<PhoneNumber> phone = PhoneNumber.parse(typed);
            boolean badPhone = !typed.isBlank() && phone.isEmpty();
            mark(row.first, noTitle, "editor.contact.titleMissing", problems);
            mark(row.second, badEmail, "editor.contact.emailWrong", problems);
            mark(row.third, badPhone, "editor.phone.numberWrong", problems);
            if (!noTitle && !badEmail && !badPhone) {
                shown.add(new ListingContacts.Contact(row.id, CostSection.blank(row.first.getValue()),
                        CostSection.blank(row.second.getValue()), phone.map(PhoneNumber::display).orElse(null)));
            }
        }
        return shown;
    }

    private List<ListingContacts.Phone> shownPhones(List<String> problems) {
        List<ListingContacts.Phone> shown = new ArrayList<>();
        for (Row row : rows(phones)) {
            Optional<PhoneNumber> number = PhoneNumber.parse(row.first.getValue());
            mark(row.first, number.isEmpty(), "editor.phone.numberWrong", problems);
            number.ifPresent(n -> shown.add(new ListingContacts.Phone(row.id, n.display(),
                    CostSection.blank(row.second.getValue()))));
        }
        return shown;
    }

    private void mark(TextField field, boolean wrong, String key, List<String> problems) {
        field.setInvalid(wrong);
        if (wrong) {
            field.setErrorMessage(getTranslation(key));
            problems.add(getTranslation(key));
        }
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        shownContacts(problems);
        shownPhones(problems);
        return problems;
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        rows(contacts).forEach(r -> r.setEditable(editable));
        rows(phones).forEach(r -> r.setEditable(editable));
        addContact.setVisible(editable);
        addPhone.setVisible(editable);
    }

    private static List<Row> rows(Div list) {
        return list.getChildren().map(Row.class::cast).toList();
    }

    /** A contact (role, e-mail, phone) or a phone (number, who answers), with its remove button. */
    static final class Row extends Div {

        final TextField first = new TextField();
        final TextField second = new TextField();
        /** A contact's phone; never shown in a phone's row, where it stays empty. */
        final TextField third = new TextField();
        private final FormLayout fields;
        private final Button remove = new Button();
        private final @Nullable String id;

        Row(@Nullable String id, String className, @Nullable String firstValue, @Nullable String secondValue,
                String firstLabel, String secondLabel, String removeText, Runnable onRemove) {
            this.id = id;
            addClassName(className);
            first.setLabel(firstLabel);
            second.setLabel(secondLabel);
            first.setValue(firstValue == null ? "" : firstValue);
            second.setValue(secondValue == null ? "" : secondValue);
            remove.setText(removeText);
            remove.addClickListener(click -> onRemove.run());
            fields = new FormLayout(first, second);
            add(fields, remove);
        }

        void addThird(String label, @Nullable String value) {
            third.setLabel(label);
            third.setValue(value == null ? "" : value);
            fields.add(third);
        }

        void setEditable(boolean editable) {
            first.setReadOnly(!editable);
            second.setReadOnly(!editable);
            third.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
