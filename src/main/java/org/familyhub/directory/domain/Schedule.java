package org.familyhub.directory.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** When a session runs or a service is open, as an RFC 5545 recurrence (HSDS schedule). */
@Entity
public class Schedule {

    @Id
    private UUID id;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private @Nullable LocalDate dtstart;
    @Column(name = "until_date")
    private @Nullable LocalDate until;
    private @Nullable Integer count;
    private @Nullable String wkst;
    private @Nullable String freq;
    @Column(name = "repeat_interval")
    private @Nullable Integer interval;
    private @Nullable String byday;
    private @Nullable String bymonthday;
    private @Nullable LocalTime opensAt;
    private @Nullable LocalTime closesAt;
    private @Nullable String description;
    private @Nullable String notes;
    private boolean termTimeOnly;
    /** ISO dates separated by commas; see {@link Recurrence#exceptDates()}. */
    private @Nullable String exceptDates;

    protected Schedule() {
    }

    public Schedule(UUID id, Recurrence recurrence, @Nullable String description, @Nullable String notes) {
        this.id = id;
        this.freq = recurrence.freq();
        this.interval = recurrence.interval();
        this.byday = recurrence.byday();
        this.bymonthday = recurrence.bymonthday();
        this.dtstart = recurrence.dtstart();
        this.until = recurrence.until();
        this.count = recurrence.count();
        this.validFrom = recurrence.validFrom();
        this.validTo = recurrence.validTo();
        this.opensAt = recurrence.opensAt();
        this.closesAt = recurrence.closesAt();
        this.wkst = recurrence.wkst();
        this.termTimeOnly = recurrence.termTimeOnly();
        this.exceptDates = recurrence.exceptDates().isEmpty() ? null
                : recurrence.exceptDates().stream().sorted().distinct().map(LocalDate::toString)
                        .collect(Collectors.joining(","));
        this.description = description;
        this.notes = notes;
    }

    /**
     * The recurrence fields of a schedule, kept together because they only make sense together.
     *
     * @param termTimeOnly the session skips the area's school holidays (its term dates)
     * @param exceptDates the dates the session does not meet although the rest says it would (a training day, a
     *        venue closure): RFC 5545's EXDATE. HSDS 3 has no such field, so the portal keeps them in its own
     *        column, its documents carry them as {@code except_dates} (like {@code term_time_only}), and the Open
     *        Referral API says them in the schedule's notes ("Not on 22 December 2026") instead of a field
     *        other readers would not know
     */
    public record Recurrence(@Nullable String freq, @Nullable Integer interval, @Nullable String byday,
            @Nullable String bymonthday, @Nullable LocalDate dtstart, @Nullable LocalDate until,
            @Nullable Integer count, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
            @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable String wkst,
            boolean termTimeOnly, List<LocalDate> exceptDates) {

        public Recurrence {
            exceptDates = List.copyOf(exceptDates);
        }

        /** A recurrence without exception dates. */
        public Recurrence(@Nullable String freq, @Nullable Integer interval, @Nullable String byday,
                @Nullable String bymonthday, @Nullable LocalDate dtstart, @Nullable LocalDate until,
                @Nullable Integer count, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
                @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable String wkst,
                boolean termTimeOnly) {
            this(freq, interval, byday, bymonthday, dtstart, until, count, validFrom, validTo, opensAt, closesAt,
                    wkst, termTimeOnly, List.of());
        }
    }

    public UUID getId() { return id; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public @Nullable LocalDate getValidTo() { return validTo; }
    public @Nullable LocalDate getDtstart() { return dtstart; }
    public @Nullable LocalDate getUntil() { return until; }
    public @Nullable Integer getCount() { return count; }
    public @Nullable String getWkst() { return wkst; }
    public @Nullable String getFreq() { return freq; }
    public @Nullable Integer getInterval() { return interval; }
    public @Nullable String getByday() { return byday; }
    public @Nullable String getBymonthday() { return bymonthday; }
    public @Nullable LocalTime getOpensAt() { return opensAt; }
    public @Nullable LocalTime getClosesAt() { return closesAt; }
    public @Nullable String getDescription() { return description; }
    public @Nullable String getNotes() { return notes; }
    public boolean isTermTimeOnly() { return termTimeOnly; }

    /** The dates the session does not meet, earliest first. */
    public List<LocalDate> getExceptDates() {
        return exceptDates(exceptDates);
    }

    /** The dates as the column {@code except_dates} holds them, for a reader of the table's rows. */
    public static List<LocalDate> exceptDates(@Nullable String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).map(LocalDate::parse).toList();
    }

    public Recurrence recurrence() {
        return new Recurrence(freq, interval, byday, bymonthday, dtstart, until, count, validFrom, validTo, opensAt,
                closesAt, wkst, termTimeOnly, getExceptDates());
    }
}
