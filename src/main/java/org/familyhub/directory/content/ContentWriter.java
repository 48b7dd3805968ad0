package org.familyhub.directory.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.content.HsdsDocuments.AreaLocality;
import org.familyhub.directory.content.HsdsDocuments.AreaPostcode;
import org.familyhub.directory.content.HsdsDocuments.AreaTown;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;
import org.familyhub.directory.content.HsdsDocuments.Term;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.PostcodeArea;
import org.familyhub.directory.domain.SchoolTerm;
import org.familyhub.directory.domain.Taxonomy;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.Town;
import org.jspecify.annotations.Nullable;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Writes a validated content set's area, taxonomies and school terms, which its services are then checked and
 * written against ({@link ServiceImport}, like every other way in). Records are matched by id and only missing
 * ones are inserted, so loading the same content twice changes nothing.
 */
final class ContentWriter {

    private final EntityManager entityManager;
    private final Map<String, Locality> localities = new HashMap<>();
    private final Map<String, Town> towns = new HashMap<>();
    private int inserted;

    private ContentWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return how many records were inserted */
    static int writeReferenceData(EntityManager entityManager, Content content) {
        ContentWriter writer = new ContentWriter(entityManager);
        writer.writeArea(content);
        content.taxonomies().forEach(writer::writeTaxonomy);
        list(content.termDates().terms()).forEach(writer::writeTerm);
        entityManager.flush();
        return writer.inserted;
    }

    private void writeArea(Content content) {
        for (AreaLocality l : list(content.area().localities())) {
            localities.put(l.code(), findOrInsert(Locality.class, uuid(l.id()),
                    () -> new Locality(uuid(l.id()), l.code(), l.name(), l.description(), l.population())));
        }
        for (AreaTown t : list(content.area().towns())) {
            towns.put(t.name(), findOrInsert(Town.class, uuid(t.id()),
                    () -> new Town(uuid(t.id()), t.name(), localities.get(t.locality()), t.latitude(), t.longitude())));
        }
        for (AreaPostcode p : list(content.area().postcodes())) {
            findOrInsert(PostcodeArea.class, p.code(), () -> new PostcodeArea(p.code(), p.kind(),
                    localities.get(p.locality()), p.town() == null ? null : towns.get(p.town()), p.latitude(),
                    p.longitude()));
        }
    }

    private void writeTaxonomy(TaxonomyDocument document) {
        Taxonomy taxonomy = findOrInsert(Taxonomy.class, uuid(document.id()), () -> new Taxonomy(uuid(document.id()),
                document.name(), document.description(), document.uri(), document.version()));
        Map<String, TaxonomyTerm> byCode = new HashMap<>();
        // Parents before children, so every parent exists when its children refer to it.
        List<Term> ordered = list(document.terms()).stream()
                .sorted(Comparator.comparing(term -> term.parentCode() == null ? 0 : 1))
                .toList();
        for (Term term : ordered) {
            TaxonomyTerm saved = findOrInsert(TaxonomyTerm.class, uuid(term.id()), () -> new TaxonomyTerm(
                    uuid(term.id()), taxonomy, term.code(), term.name(), term.description(),
                    term.parentCode() == null ? null : byCode.get(term.parentCode()))
                    .inPolish(term.namePl(), term.descriptionPl()));
            byCode.put(term.code(), saved);
        }
    }

    private void writeTerm(HsdsDocuments.TermDocument t) {
        findOrInsert(SchoolTerm.class, uuid(t.id()), () -> new SchoolTerm(uuid(t.id()), String.valueOf(t.name()),
                LocalDate.parse(String.valueOf(t.startsOn())), LocalDate.parse(String.valueOf(t.endsOn())),
                t.halfTerm() == null ? null : date(t.halfTerm().startsOn()),
                t.halfTerm() == null ? null : date(t.halfTerm().endsOn())));
    }

    private <T, K> T findOrInsert(Class<T> type, K id, Supplier<T> create) {
        T existing = entityManager.find(type, id);
        if (existing != null) {
            return existing;
        }
        T created = create.get();
        entityManager.persist(created);
        inserted++;
        return created;
    }

    private static UUID uuid(@Nullable String id) {
        return UUID.fromString(String.valueOf(id));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
