package org.familyhub.localoffer.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.familyhub.localoffer.LocalOfferArea;
import org.familyhub.localoffer.LocalOfferQuestion;
import org.jspecify.annotations.Nullable;

/** One service's answers to the Local Offer questions, and the areas of the Local Offer it belongs to. */
@Entity
@Table(name = "local_offer_answer")
public class LocalOfferAnswers {

    @Id
    private UUID serviceId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "local_offer_area", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "area")
    @Enumerated(EnumType.STRING)
    private Set<LocalOfferArea> areas = new HashSet<>();
    private @Nullable String whoFor;
    private @Nullable String sendSupport;
    private @Nullable String staffTraining;
    private @Nullable String accessibility;
    private @Nullable String gettingStarted;
    private @Nullable String familiesInvolved;
    private @Nullable String nextStage;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    @Column(nullable = false)
    private int version;

    protected LocalOfferAnswers() {
    }

    public LocalOfferAnswers(UUID serviceId) {
        this.serviceId = serviceId;
    }

    public void answer(Set<LocalOfferArea> newAreas, Map<LocalOfferQuestion, @Nullable String> answers, String by,
            Instant at) {
        areas.clear();
        areas.addAll(newAreas);
        whoFor = answers.get(LocalOfferQuestion.WHO_FOR);
        sendSupport = answers.get(LocalOfferQuestion.SEND_SUPPORT);
        staffTraining = answers.get(LocalOfferQuestion.STAFF_TRAINING);
        accessibility = answers.get(LocalOfferQuestion.ACCESSIBILITY);
        gettingStarted = answers.get(LocalOfferQuestion.GETTING_STARTED);
        familiesInvolved = answers.get(LocalOfferQuestion.FAMILIES_INVOLVED);
        nextStage = answers.get(LocalOfferQuestion.NEXT_STAGE);
        updatedBy = by;
        // As the database keeps it, so what a save answers is what a later read answers.
        updatedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The answers given, in the questions' order. */
    public Map<LocalOfferQuestion, String> answers() {
        Map<LocalOfferQuestion, String> all = new EnumMap<>(LocalOfferQuestion.class);
        put(all, LocalOfferQuestion.WHO_FOR, whoFor);
        put(all, LocalOfferQuestion.SEND_SUPPORT, sendSupport);
        put(all, LocalOfferQuestion.STAFF_TRAINING, staffTraining);
        put(all, LocalOfferQuestion.ACCESSIBILITY, accessibility);
        put(all, LocalOfferQuestion.GETTING_STARTED, gettingStarted);
        put(all, LocalOfferQuestion.FAMILIES_INVOLVED, familiesInvolved);
        put(all, LocalOfferQuestion.NEXT_STAGE, nextStage);
        return all;
    }

    private static void put(Map<LocalOfferQuestion, String> all, LocalOfferQuestion question, @Nullable String text) {
        if (text != null) {
            all.put(question, text);
        }
    }

    public UUID getServiceId() { return serviceId; }
    public Set<LocalOfferArea> getAreas() { return areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas); }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
