package org.familyhub.workspace.quality;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.familyhub.directory.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Phone numbers families are shown that are not UK numbers by the directory's own rule ({@link PhoneNumber}): a
 * live listing's own, its contacts' (a contact's phone shares the contact's id) and its venues'. A bad venue number
 * is a task on every live listing at that venue, as each listing's page shows it.
 */
@Component
class PhoneCheck implements QualityCheck {

    private static final String OWN = """
            select p.id, p.number, s.id, null from phone p join service s on s.id = p.service_id
            where s.status = 'active' and p.id > :after order by p.id limit :size""";
    private static final String CONTACTS = """
            select p.id, p.number, s.id, coalesce(c.title, c.department, c.name, '') from phone p
            join contact c on c.id = p.id join service s on s.id = c.service_id
            where s.status = 'active' and p.id > :after order by p.id limit :size""";
    /** Venue phones alone, a page at a time; the listings at a bad one are looked up after. */
    private static final String VENUES = """
            select p.id, p.number, null, coalesce(l.name, '') from phone p join location l on l.id = p.location_id
            where p.id > :after order by p.id limit :size""";

    private final JdbcClient jdbc;

    PhoneCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public QualityKind kind() {
        return QualityKind.BAD_PHONE;
    }

    @Override
    public boolean check(Consumer<List<Finding>> found) {
        page(OWN, found, phone -> List.of(new Finding(Objects.requireNonNull(phone.service()), kind(), phone.number(),
                "quality.detail.phone", phone.number())));
        page(CONTACTS, found, phone -> List.of(new Finding(Objects.requireNonNull(phone.service()), kind(),
                "contact " + phone.id() + " " + phone.number(),
                "quality.detail.contactPhone", Objects.toString(phone.owner(), ""), phone.number())));
        page(VENUES, found, phone -> listingsAt(phone.id()).stream().map(service -> new Finding(service, kind(),
                "venue " + phone.id() + " " + phone.number(),
                "quality.detail.venuePhone", Objects.toString(phone.owner(), ""), phone.number())).toList());
        return true;
    }

    private void page(String sql, Consumer<List<Finding>> found,
            Function<Phone, List<Finding>> findings) {
        UUID after = new UUID(0, 0);
        List<Phone> page;
        do {
            page = jdbc.sql(sql).param("after", after).param("size", PAGE)
                    .query((row, n) -> new Phone(row.getObject(1, UUID.class), Objects.toString(row.getString(2), ""),
                            row.getObject(3, UUID.class), row.getString(4)))
                    .list();
            found.accept(page.stream().filter(phone -> PhoneNumber.parse(phone.number()).isEmpty())
                    .flatMap(phone -> findings.apply(phone).stream()).toList());
            after = page.isEmpty() ? after : page.getLast().id();
        } while (page.size() == PAGE);
    }

    /** The live listings at the venue whose phone this is. */
    private List<UUID> listingsAt(UUID venuePhone) {
        return jdbc.sql("""
                select distinct s.id from phone p join service_at_location a on a.location_id = p.location_id
                join service s on s.id = a.service_id where p.id = ? and s.status = 'active'""")
                .param(venuePhone).query(UUID.class).list();
    }

    /**
     * @param service the listing, for a listing's own phone or a contact's; null for a venue's
     * @param owner   the contact's or venue's name in words; null for a listing's own phone
     */
    private record Phone(UUID id, String number, @Nullable UUID service, @Nullable String owner) {
    }
}
