package org.familyhub.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What someone searched for: their words and every filter the portal offers. Filter values are the
 * codes the index holds (locality codes, category codes, level 1–4, RFC 5545 days, morning/afternoon/evening).
 *
 * @param postcode  or {@code town} or {@code latitude}/{@code longitude}: where "near" is from
 * @param radiusKm  only services within this distance of that place (services without a venue that
 *                  cover it still count)
 * @param childcare what a parent looking for childcare needs; with it only childcare providers are found
 * @param placesAvailable only programmes with a course a family can book now that has a free place
 * @param usableOnly only services a family living at the postcode or place given may use: those for residents of
 *                  other localities are left out (nothing is left out when the family's locality is not known)
 * @param when      only services meeting this week, open now, or meeting on a day or between two days
 * @param notUnderstood what a parent took back of what was read out of their words ({@code place}, {@code age},
 *                  {@code free}, {@code day}, {@code time}, {@code delivery}): those words are then plain words
 * @param newSince  only what is new since then: services first published, or programmes with a course families
 *                  could first book, after it (a saved search's digest); never read from a page's address
 */
public record SearchQuery(
        String text,
        Set<String> localities,
        Set<String> towns,
        @Nullable String postcode,
        @Nullable String near,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable Double radiusKm,
        @Nullable Integer age,
        Set<String> categories,
        Set<String> levels,
        boolean freeOnly,
        @Nullable BigDecimal maxCost,
        Set<String> delivery,
        Set<String> access,
        Set<String> days,
        Set<String> times,
        Set<String> accessibility,
        Set<String> send,
        Set<String> languages,
        SortOrder sort,
        Set<String> notUnderstood,
        int page,
        int size,
        @Nullable ChildcareNeed childcare,
        boolean placesAvailable,
        boolean usableOnly,
        @Nullable When when,
        @Nullable Instant newSince) {

    public static final int MAX_SIZE = 50;

    /**
     * When the family wants to go: a session in the next seven days (not opening hours), open or meeting at this
     * moment (opening hours count), or a session on a day or between two days (a half term), both included.
     */
    public record When(Kind kind, @Nullable LocalDate from, @Nullable LocalDate to) {

        public enum Kind { THIS_WEEK, OPEN_NOW, DATES }

        public static final When THIS_WEEK = new When(Kind.THIS_WEEK, null, null);
        public static final When OPEN_NOW = new When(Kind.OPEN_NOW, null, null);

        public When {
            if (kind == Kind.DATES && (from == null || to == null || to.isBefore(from))) {
                throw new IllegalArgumentException("a date filter needs a first day and a last day not before it");
            }
        }

        public static When on(LocalDate day) {
            return new When(Kind.DATES, day, day);
        }

        public static When between(LocalDate first, LocalDate last) {
            return new When(Kind.DATES, first, last);
        }
    }

    public enum SortOrder { RELEVANCE, DISTANCE, NAME }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(page, 1);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
    }

    public static Builder forText(String text) {
        return new Builder().text(text);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text;
        b.localities.addAll(localities);
        b.towns.addAll(towns);
        b.postcode = postcode;
        b.near = near;
        b.latitude = latitude;
        b.longitude = longitude;
        b.radiusKm = radiusKm;
        b.age = age;
        b.categories.addAll(categories);
        b.levels.addAll(levels);
        b.freeOnly = freeOnly;
        b.maxCost = maxCost;
        b.delivery.addAll(delivery);
        b.access.addAll(access);
        b.days.addAll(days);
        b.times.addAll(times);
        b.accessibility.addAll(accessibility);
        b.send.addAll(send);
        b.languages.addAll(languages);
        b.sort = sort;
        b.notUnderstood.addAll(notUnderstood);
        b.page = page;
        b.size = size;
        b.childcare = childcare;
        b.placesAvailable = placesAvailable;
        b.usableOnly = usableOnly;
        b.when = when;
        b.newSince = newSince;
        return b;
    }

    /** Builds a query step by step, as the UI and the JSON endpoint read their parameters. */
    public static final class Builder {
        private String text = "";
        private final Set<String> localities = new LinkedHashSet<>();
        private final Set<String> towns = new LinkedHashSet<>();
        private @Nullable String postcode;
        private @Nullable String near;
        private @Nullable Double latitude;
        private @Nullable Double longitude;
        private @Nullable Double radiusKm;
        private @Nullable Integer age;
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<String> levels = new LinkedHashSet<>();
        private boolean freeOnly;
        private @Nullable BigDecimal maxCost;
        private final Set<String> delivery = new LinkedHashSet<>();
        private final Set<String> access = new LinkedHashSet<>();
        private final Set<String> days = new LinkedHashSet<>();
        private final Set<String> times = new LinkedHashSet<>();
        private final Set<String> accessibility = new LinkedHashSet<>();
        private final Set<String> send = new LinkedHashSet<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private SortOrder sort = SortOrder.RELEVANCE;
        private final Set<String> notUnderstood = new LinkedHashSet<>();
        private int page = 1;
        private int size = 10;
        private @Nullable ChildcareNeed childcare;
        private boolean placesAvailable;
        private boolean usableOnly;
        private @Nullable When when;
        private @Nullable Instant newSince;

        public Builder text(@Nullable String value) { text = value == null ? "" : value; return this; }
        public Builder locality(String... values) { localities.addAll(Set.of(values)); return this; }
        public Builder town(String... values) { towns.addAll(Set.of(values)); return this; }
        public Builder postcode(@Nullable String value) { postcode = value; return this; }
        public Builder near(@Nullable String townName) { near = townName; return this; }
        public Builder coordinates(@Nullable Double lat, @Nullable Double lon) { latitude = lat; longitude = lon; return this; }
        public Builder radiusKm(@Nullable Double value) { radiusKm = value; return this; }
        public Builder age(@Nullable Integer value) { age = value; return this; }
        public Builder category(String... values) { categories.addAll(Set.of(values)); return this; }
        public Builder level(String... values) { levels.addAll(Set.of(values)); return this; }
        public Builder freeOnly(boolean value) { freeOnly = value; return this; }
        public Builder maxCost(@Nullable BigDecimal value) { maxCost = value; return this; }
        public Builder delivery(String... values) { delivery.addAll(Set.of(values)); return this; }
        public Builder access(String... values) { access.addAll(Set.of(values)); return this; }
        public Builder day(String... values) { days.addAll(Set.of(values)); return this; }
        public Builder time(String... values) { times.addAll(Set.of(values)); return this; }
        public Builder accessibility(String... values) { accessibility.addAll(Set.of(values)); return this; }
        public Builder send(String... values) { send.addAll(Set.of(values)); return this; }
        public Builder language(String... values) { languages.addAll(Set.of(values)); return this; }
        public Builder sort(SortOrder value) { sort = value; return this; }
        public Builder notUnderstood(String... aspects) { notUnderstood.addAll(Set.of(aspects)); return this; }
        public Builder page(int value) { page = value; return this; }
        public Builder size(int value) { size = value; return this; }
        public Builder childcare(@Nullable ChildcareNeed value) { childcare = value; return this; }
        public Builder placesAvailable(boolean value) { placesAvailable = value; return this; }
        public Builder usableOnly(boolean value) { usableOnly = value; return this; }
        public Builder when(@Nullable When value) { when = value; return this; }
        public Builder newSince(@Nullable Instant value) { newSince = value; return this; }

        public SearchQuery build() {
            return new SearchQuery(text, Set.copyOf(localities), Set.copyOf(towns), postcode, near, latitude,
                    longitude, radiusKm, age, Set.copyOf(categories), Set.copyOf(levels), freeOnly, maxCost,
                    Set.copyOf(delivery), Set.copyOf(access), Set.copyOf(days), Set.copyOf(times),
                    Set.copyOf(accessibility), Set.copyOf(send), Set.copyOf(languages), sort, Set.copyOf(notUnderstood),
                    page, size, childcare, placesAvailable, usableOnly, when, newSince);
        }
    }
}
