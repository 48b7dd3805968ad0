package org.familyhub.directory.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.directory.domain.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The one way a fully nested service document enters the directory: start-up content, the workspace (editors'
 * forms, JSON and CSV bulk import) and other publishers' feeds (pulled or uploaded) all {@link #check} a document
 * and then {@link #write} it. Checking cleans every text field first and applies one set of rules
 * ({@link ServiceChecks}); writing refuses a document with errors and raises {@link ServicesChanged}, so the
 * search index can never miss a write. Runs inside the caller's transaction. What differs between the ways in
 * is only their {@link Rules}.
 */
@Component
@Transactional
@NamedInterface("content")
public class ServiceImport {

    /** Whether a part the service can do without, or a missing detail, refuses it ({@link ServiceChecks}). */
    public enum Strictness {
        /** Every rule is an error: the content a council starts from must be whole. */
        STRICT,
        /** What a service can do without is left out with a warning; ids are derived; gaps are editors' to fill. */
        LENIENT
    }

    /**
     * How one way in is treated.
     *
     * @param updateVenues   whether an existing venue takes the document's details (else it is reused as it is)
     * @param replaceExisting whether a service already listed is replaced (else it is kept as it is)
     */
    public record Rules(Strictness strictness, boolean updateVenues, boolean replaceExisting) {

        /** Start-up content: strict, and loading it again changes nothing the editors have since changed. */
        public static final Rules CONTENT = new Rules(Strictness.STRICT, false, false);

        /**
         * The workspace: lenient, because its documents come from forms and CSV rows that carry no ids of their own
         * and from other systems' exports; the editor publishing it owns its venues, so they are updated.
         */
        public static final Rules WORKSPACE = new Rules(Strictness.LENIENT, true, true);

        /** Another publisher's feed: lenient with warnings in its report; it never rewrites the portal's venues. */
        public static final Rules FEED = new Rules(Strictness.LENIENT, false, true);
    }

    /** A cleaned document and what the rules found; only {@link #check} makes one, so nothing unchecked is written. */
    public static final class Checked {
        private final HsdsDocuments.Service document;
        private final List<String> errors;
        private final List<String> warnings;
        private final Rules rules;

        private Checked(HsdsDocuments.Service document, List<String> errors, List<String> warnings, Rules rules) {
            this.document = document;
            this.errors = List.copyOf(errors);
            this.warnings = List.copyOf(warnings);
            this.rules = rules;
        }

        /** The document as it will be written: every text field cleaned. */
        public HsdsDocuments.Service document() {
            return document;
        }

        /** What refuses the document, each naming its field; empty when it can be written. */
        public List<String> errors() {
            return errors;
        }

        /** What is left out of the document when it is written. */
        public List<String> warnings() {
            return warnings;
        }

        public Rules rules() {
            return rules;
        }
    }

    /**
     * What a write did.
     *
     * @param services the services whose search documents changed (this one, and others at an updated venue);
     *                 empty when the service was kept as it was
     * @param added    whether the service was new
     */
    public record Written(Set<UUID> services, boolean added) {
    }

    private final ServiceChecks checks;
    private final ServiceDocumentWriter writer;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceImport(ServiceChecks checks, ServiceDocumentWriter writer, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.writer = writer;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** The document with every text field cleaned (safe rich text in the description, plain text elsewhere). */
    public static HsdsDocuments.Service clean(HsdsDocuments.Service document) {
        return DocumentSanitiser.clean(document).document();
    }

    /** Cleans the document, then applies the rules; writes nothing. */
    @Transactional(readOnly = true)
    public Checked check(HsdsDocuments.Service document, Rules rules) {
        DocumentSanitiser.Cleaned cleaned = DocumentSanitiser.clean(document);
        ServiceChecks.Findings findings = checks.check(cleaned.document(), rules.strictness());
        List<String> errors = new ArrayList<>(cleaned.problems());
        errors.addAll(findings.errors);
        return new Checked(cleaned.document(), errors, findings.warnings, rules);
    }

    /**
     * Writes a checked document and raises {@link ServicesChanged} for what changed.
     *
     * @throws InvalidListingException when the check found errors; nothing is written
     */
    public Written write(Checked checked) {
        return writeAll(List.of(checked)).getFirst();
    }

    /**
     * As {@link #write(Checked)}, with the existing venues that take the document's details chosen by id instead of
     * by the rules (a feed updates only the venues it created).
     */
    public Written write(Checked checked, Predicate<UUID> venueTakesDetails) {
        if (!checked.errors().isEmpty()) {
            throw new InvalidListingException(checked.errors());
        }
        Written written = writeOne(checked, venueTakesDetails);
        if (!written.services().isEmpty()) {
            entityManager.flush();
            events.publishEvent(new ServicesChanged(written.services()));
        }
        return written;
    }

    /** The id the venue of the document's {@code index}-th service-at-location is written under. */
    public static UUID venueId(HsdsDocuments.Location location, UUID serviceId, int index) {
        return ServiceDocumentWriter.locationId(location, serviceId, index);
    }

    /** Several checked documents, with one change event for them all (a whole content set). */
    public List<Written> writeAll(List<Checked> documents) {
        documents.stream().filter(checked -> !checked.errors().isEmpty()).findFirst().ifPresent(checked -> {
            throw new InvalidListingException(checked.errors());
        });
        List<Written> written = documents.stream()
                .map(checked -> writeOne(checked, venue -> checked.rules().updateVenues())).toList();
        Set<UUID> changed = new HashSet<>();
        written.forEach(w -> changed.addAll(w.services()));
        if (!changed.isEmpty()) {
            entityManager.flush();
            events.publishEvent(new ServicesChanged(changed));
        }
        return written;
    }

    private Written writeOne(Checked checked, Predicate<UUID> venueTakesDetails) {
        UUID id = UUID.fromString(Objects.requireNonNull(checked.document().id()));
        Service existing = entityManager.find(Service.class, id);
        if (existing != null && !checked.rules().replaceExisting()) {
            return new Written(Set.of(), false);
        }
        Set<UUID> affected = writer.write(checked.document(), existing, venueTakesDetails);
        entityManager.find(Service.class, id).touch(clock.instant());
        return new Written(Set.copyOf(affected), existing == null);
    }

    /**
     * The same cleaning for what the directory publishes (any JSON tree, changed in place): text stored before
     * every way in was cleaned still leaves as safe text.
     */
    public static JsonNode cleanPublished(JsonNode tree) {
        return DocumentSanitiser.cleanPublished(tree);
    }
}
