package org.familyhub.workspace.quality;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.familyhub.directory.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The phone numbers of live listings that are not UK numbers by the directory's own rule ({@link PhoneNumber}). */
@Component
class PhoneCheck implements QualityCheck {

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
        UUID after = new UUID(0, 0);
        List<Phone> page;
        do {
            page = jdbc.sql("""
                    select p.id, p.service_id, p.number from phone p join service s on s.id = p.service_id
                    where s.status = 'active' and p.id > :after order by p.id limit :size""")
                    .param("after", after).param("size", PAGE)
                    .query((row, n) -> new Phone(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            Objects.toString(row.getString(3), "")))
                    .list();
            found.accept(page.stream().filter(phone -> PhoneNumber.parse(phone.number()).isEmpty())
                    .map(phone -> new Finding(phone.service(), kind(), phone.number(),
                            "“" + phone.number() + "” is not a UK phone number.")).toList());
            after = page.isEmpty() ? after : page.getLast().id();
        } while (page.size() == PAGE);
        return true;
    }

    private record Phone(UUID id, UUID service, String number) {
    }
}
