package org.familyhub.directory.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceImport;
import org.familyhub.directory.domain.Service;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;


/**
 * Validates one fully nested service of a feed and writes it through {@link ServiceImport} with the feed's
 * (lenient) rules: inserted when new, updated when it changed and belongs to the same source, otherwise left
 * alone. Runs inside the caller's transaction (one per record); the import raises {@link ServicesChanged}. Fields an
 * editor changed are merged by the feed's rule ({@link LocalEdits}); the feed updates only its own venues
 * ({@link FeedVenues}).
 */
@Component
class FeedRecords {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final EntityManager entityManager;
    private final ServiceImport imports;
    private final ServiceSourceRepository sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalEdits localEdits;
    private final FeedVenues venues;

    FeedRecords(EntityManager entityManager, ServiceImport imports, ServiceSourceRepository sources,
            ApplicationEventPublisher events, Clock clock, LocalEdits localEdits, FeedVenues venues) {
        this.localEdits = localEdits;
        this.venues = venues;
        this.entityManager = entityManager;
        this.imports = imports;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    /** The record's id and name as the feed gives them, for the report even when the record is bad. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    RecordOutcome importRecord(UUID sourceId, JsonNode node) {
        String rawId = text(node, "id");
        String rawName = text(node, "name");
        HsdsDocuments.Service s;
        try {
            s = JSON.treeToValue(node, HsdsDocuments.Service.class);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return new RecordOutcome(rawId, rawName, RecordOutcome.REJECTED,
                    List.of("field '" + field + "' has the wrong type"));
        }
        // Another publisher's text is cleaned exactly as an editor's is, before anything checks or stores it.
        ServiceImport.Checked checked = imports.check(s, ServiceImport.Rules.FEED);
        s = checked.document();
        if (!checked.errors().isEmpty()) {
            return new RecordOutcome(rawId, rawName, RecordOutcome.REJECTED, checked.errors());
        }
        UUID id = UUID.fromString(s.id());
        Optional<ServiceSource> marked = sources.findById(id);
        Service existing = entityManager.find(Service.class, id);
        if (existing != null && (marked.isEmpty() || !marked.get().getFeedSourceId().equals(sourceId))) {
            return new RecordOutcome(rawId, rawName, RecordOutcome.REJECTED, List.of("conflict: service " + id
                    + " is already listed " + (marked.isEmpty() ? "by the portal's own content" : "by another feed")
                    + " and is not changed by this feed"));
        }
        String hash = hash(node);
        Instant now = clock.instant();
        if (existing != null && marked.get().getContentHash().equals(hash)
                && !localEdits.feedReplacesLocks(marked.get())) {
            marked.get().seen(hash, now);
            return new RecordOutcome(rawId, rawName, RecordOutcome.UNCHANGED, checked.warnings());
        }
        LocalEdits.Merge merge = localEdits.merge(marked.orElse(null), s, existing);
        // the merged document (the feed's fields and the editor's kept ones) is checked again as a whole
        ServiceImport.Checked merged = imports.check(merge.document(), ServiceImport.Rules.FEED);
        FeedVenues.Plan venuePlan = venues.plan(sourceId, merged.document());
        imports.write(merged, venuePlan::mayUpdate);
        if (marked.isPresent()) {
            marked.get().seen(hash, now);
        } else {
            entityManager.persist(new ServiceSource(id, sourceId, s.id(), hash, now));
        }
        entityManager.flush();
        venuePlan.written();
        if (existing != null) {
            events.publishEvent(new FeedListingChanged(id, sourceId, now));
        }
        List<String> reasons = new ArrayList<>(merge.reasons());
        reasons.addAll(venuePlan.warnings());
        reasons.addAll(checked.warnings());
        return new RecordOutcome(rawId, rawName, existing == null ? RecordOutcome.ADDED : RecordOutcome.UPDATED,
                reasons);
    }

    /** Marks an imported service inactive (never deletes it); its name, or empty if it already was. */
    Optional<String> retire(UUID serviceId) {
        Service service = entityManager.find(Service.class, serviceId);
        if (service == null || service.getStatus().equals("inactive")) {
            return Optional.empty();
        }
        service.changeStatus("inactive");
        service.touch(clock.instant());
        events.publishEvent(new ServicesChanged(Set.of(serviceId)));
        return Optional.of(service.getName());
    }

    static boolean isUuid(@Nullable String text) {
        return HsdsDocuments.isUuid(text);
    }

    static String hash(JsonNode node) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
