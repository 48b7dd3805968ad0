package org.familyhub.workspace.listing;

import java.util.List;
import java.util.regex.Pattern;

import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A listing's contacts and its phones after the first. A contact is a role or team with the service's e-mail, never
 * a named person: the form shows no name, and a name another publisher gave is kept as it was. The first phone is
 * the form's own field; the others are edited here, each with words saying who answers.
 */
public final class ListingContacts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** A UK number: 0 and 9 or 10 digits, or +44 and 9 or 10; or a short national one such as 111 or 116 123. */
    private static final Pattern UK_PHONE = Pattern.compile("^(0\\d{9,10}|\\+44\\d{9,10}|1\\d{2}(\\d{3})?)$");

    private ListingContacts() {
    }

    public record Contact(@Nullable String id, @Nullable String title, @Nullable String email)
            implements ListingItems.Item {
    }

    public record Phone(@Nullable String id, @Nullable String number, @Nullable String description)
            implements ListingItems.Item {
    }

    public static boolean emailAllowed(@Nullable String email) {
        return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches();
    }

    public static boolean phoneAllowed(@Nullable String number) {
        return number != null && UK_PHONE.matcher(number.replaceAll("[\\s()-]", "")).matches();
    }

    public static List<Contact> contacts(HsdsDocuments.Service document) {
        return HsdsDocuments.list(document.contacts()).stream().map(c -> new Contact(c.id(), c.title(), c.email()))
                .toList();
    }

    /** The phones after the first, which is the form's own field. */
    public static List<Phone> otherPhones(HsdsDocuments.Service document) {
        List<HsdsDocuments.Phone> phones = HsdsDocuments.list(document.phones());
        return phones.stream().skip(1).map(p -> new Phone(p.id(), p.number(), p.description())).toList();
    }

    public static HsdsDocuments.Service applyContacts(HsdsDocuments.Service document, List<Contact> contacts) {
        List<Contact> before = contacts(document);
        return ListingItems.apply(document, "contacts", ListingItems.ids(before), before, contacts,
                (contact, node) -> {
                    if (!node.has("name")) {
                        node.putNull("name");
                    }
                    ListingItems.set(node, "title", contact.title());
                    ListingItems.set(node, "email", contact.email());
                });
    }

    /**
     * The document with these phones after the first. {@code read} are the other phones as the section read them:
     * only those are replaced, so the form's phone stays first even when the form just added or removed it.
     */
    public static HsdsDocuments.Service applyPhones(HsdsDocuments.Service document, List<Phone> read,
            List<Phone> phones) {
        return ListingItems.apply(document, "phones", ListingItems.ids(read), read, phones,
                ListingContacts::write);
    }

    private static void write(Phone phone, ObjectNode node) {
        ListingItems.set(node, "number", phone.number());
        if (!node.has("type") || node.get("type").isNull()) {
            node.put("type", "voice");
        }
        ListingItems.set(node, "description", phone.description());
    }
}
