package org.familyhub.workspace.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Likely duplicates across every source, not only on import: live listings that share a postcode, a phone number or
 * a web address and have similar names (the import's own rule, {@link Duplicates}). The database groups the
 * listings by each shared value, a page of values at a time; names are compared only within a group.
 */
@Component
class DuplicateCheck implements QualityCheck {

    private static final int KEYS = 500;
    /** Each shared value as key {@code k}, with the live listing that has it. */
    private static final List<Shared> SHARED = List.of(
            new Shared("postcode", """
                    select upper(replace(a.postal_code, ' ', '')) k, s.id, s.name from address a
                    join service_at_location l on l.location_id = a.location_id join service s on s.id = l.service_id
                    where s.status = 'active'"""),
            new Shared("phone", """
                    select regexp_replace(regexp_replace(p.number, '[^0-9+]', ''), '^[+]44', '0') k, s.id, s.name
                    from phone p join service s on s.id = p.service_id where s.status = 'active'"""),
            new Shared("url", """
                    select lower(regexp_replace(regexp_replace(s.url, '^[a-zA-Z]+://(www[.])?|[?#].*$', ''), '/+$', ''))
                    k, s.id, s.name from service s where s.status = 'active' and s.url is not null"""));

    private final JdbcClient jdbc;

    DuplicateCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public QualityKind kind() {
        return QualityKind.DUPLICATE;
    }

    @Override
    public boolean check(Consumer<List<Finding>> found) {
        for (Shared shared : SHARED) {
            String after = "";
            List<String> keys;
            do {
                keys = jdbc.sql("select k from (" + shared.sql() + ") x where k <> '' and k > :after"
                                + " group by k having count(distinct id) > 1 order by k limit :size")
                        .param("after", after).param("size", KEYS).query(String.class).list();
                if (!keys.isEmpty()) {
                    found.accept(findings(shared, keys));
                    after = keys.getLast();
                }
            } while (keys.size() == KEYS);
        }
        return true;
    }

    private List<Finding> findings(Shared shared, List<String> keys) {
        Map<String, Set<Listing>> groups = new LinkedHashMap<>();
        jdbc.sql("select k, id, name from (" + shared.sql() + ") x where k in (:keys)").param("keys", keys)
                .query((row, n) -> groups.computeIfAbsent(row.getString(1), k -> new LinkedHashSet<>())
                        .add(new Listing(row.getObject(2, UUID.class), row.getString(3))))
                .list();
        List<Finding> findings = new ArrayList<>();
        groups.forEach((key, group) -> findings.addAll(pairs(shared.what(), key, List.copyOf(group))));
        return findings;
    }

    private List<Finding> pairs(String what, String key, List<Listing> group) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Listing a = group.get(i);
                Listing b = group.get(j);
                if (!a.id().equals(b.id()) && Duplicates.similarNames(a.name(), b.name())) {
                    findings.add(finding(a.id().compareTo(b.id()) < 0 ? a : b, a.id().compareTo(b.id()) < 0 ? b : a,
                            what, key));
                }
            }
        }
        return findings;
    }

    private Finding finding(Listing listing, Listing other, String what, String key) {
        return new Finding(listing.id(), kind(), other.id().toString(), "quality.detail.duplicate." + what,
                other.name(), key);
    }

    /** @param what names the shared value in the finding's message key: postcode, phone or url */
    private record Shared(String what, String sql) {
    }

    private record Listing(UUID id, String name) {
    }
}
