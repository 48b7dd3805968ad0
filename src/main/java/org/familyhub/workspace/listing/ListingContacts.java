package org.familyhub.workspace.listing;

import java.util.List;

import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A listing's contacts and its phones after the first. A contact is a role or team with the service's e-mail, never
 * a named person: the form shows no name, and a name another publisher gave is kept as it was. The first phone is
 * the form's own field; the others are edited here, each with words saying who answers. A contact may have a phone of
 * its own, written as HSDS nests it (the contact's {@code phones}, one number, sharing the contact's id as the
 * directory stores it). E-mails and numbers are checked by {@link org.familyhub.directory.EmailAddress} and
 * {@link org.familyhub.directory.PhoneNumber}, as imports are.
 */
public final class ListingContacts {

    private ListingContacts() {
    }

    /** {@code phone}: the contact's own number, or null. */
    public record Contact(@Nullable String id, @Nullable String title, @Nullable String email, @Nullable String phone)
            implements ListingItems.Item {
    }

    public record Phone(@Nullable String id, @Nullable String number, @Nullable String description)
            implements ListingItems.Item {
    }

    public static List<Contact> contacts(HsdsDocuments.Service document) {
        return HsdsDocuments.list(document.contacts()).stream().map(c -> new Contact(c.id(), c.title(), c.email(),
                        c.firstPhone().map(HsdsDocuments.Phone::number).orElse(null)))
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
                    writePhone(contact.phone(), node);
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

    /**
     * The contact's first phone takes the number (its other fields kept), or is added with the contact's id as
     * the directory stores it; no number removes the contact's phones.
     */
    private static void writePhone(@Nullable String number, ObjectNode contact) {
        JsonNode phones = contact.get("phones");
        if (number == null || number.isBlank()) {
            if (phones != null && !phones.isNull()) {
                contact.putNull("phones");
            }
            return;
        }
        ArrayNode list = phones instanceof ArrayNode array ? array : contact.putArray("phones");
        ObjectNode phone = list.isEmpty() ? list.addObject().put("id", contact.get("id").asString())
                : (ObjectNode) list.get(0);
        ListingItems.set(phone, "number", number);
        if (!phone.has("type") || phone.get("type").isNull()) {
            phone.put("type", "voice");
        }
        if (!phone.has("description")) {
            phone.putNull("description");
        }
    }

    private static void write(Phone phone, ObjectNode node) {
        ListingItems.set(node, "number", phone.number());
        if (!node.has("type") || node.get("type").isNull()) {
            node.put("type", "voice");
        }
        ListingItems.set(node, "description", phone.description());
    }
}
