package org.familyhub.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.familyhub.directory.Meetings;
import org.familyhub.directory.Postcode;
import org.familyhub.search.SearchQuery.When;
import org.jspecify.annotations.Nullable;

/**
 * The search's parameters, defined once: their names (the search page's address and {@code /api/search} use the
 * same), the values each allows, and how they are read into a {@link SearchQuery}. A value that makes no sense is
 * left out of the query and named in {@link Read#problems()}: the JSON API answers 400 with the first problem, the
 * search page shows results without it, so a mistyped link still works.
 */
public final class SearchParameters {

    public static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    public static final Set<String> TIMES = Set.of("morning", "afternoon", "evening");
    /** What can be read out of the words and taken back with {@code not_understood}. */
    public static final Set<String> UNDERSTOOD = Set.of("place", "age", "free", "day", "time", "delivery",
            "spelling", "need");
    /** The checkbox facets, in the order the filters show them; each is a repeatable parameter of its name. */
    public static final List<String> CHECKBOX_FACETS = List.of("locality", "town", "category", "level", "access",
            "delivery", "day", "time", "accessibility", "send", "language");
    /** {@code places=true}: only programmes with a course that has a free place and can be booked now. */
    public static final String PLACES = "places";
    /** {@code can_use=true}: only services a family living at the postcode or place given may use. */
    public static final String CAN_USE = "can_use";
    /**
     * When the family wants to go, one of three ways: {@code when=this-week} or {@code when=open-now};
     * {@code on=2027-02-16}, a day; or {@code from=2027-02-15&to=2027-02-19}, a stretch such as a half term (both
     * days included; {@code from} alone is that day). Days from today to {@value Meetings#SEARCHABLE_DAYS} days ahead,
     * as far as search knows the sessions ({@link Meetings}).
     */
    public static final String WHEN = "when";
    public static final String ON = "on";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String THIS_WEEK = "this-week";
    public static final String OPEN_NOW = "open-now";
    /** The parameters of the "when" filter, in the order an address gives them. */
    public static final List<String> WHEN_PARAMETERS = List.of(WHEN, ON, FROM, TO);
    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 1000;
    private static final int MAX_VALUE = 80;

    private SearchParameters() {
    }

    /** The query the parameters describe, without the values that make no sense, and what was wrong with those. */
    public record Read(SearchQuery query, List<String> problems) {
    }

    /** Read without a day to measure dates against, as a page re-reading its own address does. */
    public static Read read(Map<String, List<String>> parameters, int defaultSize) {
        return read(parameters, defaultSize, null);
    }

    /** Read with today's date (the council's), so a day in the past or too far ahead is a problem. */
    public static Read read(Map<String, List<String>> parameters, int defaultSize, @Nullable LocalDate today) {
        Reader in = new Reader(parameters);
        SearchQuery.Builder query = SearchQuery.forText(in.text());
        String place = in.first("postcode");
        if (place != null && Postcode.parse(place).isEmpty() && in.first("near") == null) {
            // The search page has one box for "where": a town's name in it is where "near" is from.
            query.near(place);
        } else {
            query.postcode(place).near(in.first("near"));
        }
        Double lat = in.number("lat", Double::valueOf, -90, 90, "lat/lon must be coordinates");
        Double lon = in.number("lon", Double::valueOf, -180, 180, "lat/lon must be coordinates");
        if ((lat == null) != (lon == null)) {
            in.problem("lat and lon go together");
        } else {
            query.coordinates(lat, lon);
        }
        query.radiusKm(in.number("radius_km", Double::valueOf, 0.1, 100,
                        "radius_km must be more than 0 and at most 100"))
                .age(in.number("age", Integer::valueOf, 0, 25, "age must be a child's age in years, 0 to 25"))
                .freeOnly(in.flag("free"))
                .placesAvailable(in.flag(PLACES))
                .usableOnly(in.flag(CAN_USE))
                .maxCost(in.number("max_cost", BigDecimal::new, 0, Double.MAX_VALUE, "max_cost must not be negative"))
                .locality(in.values("locality")).town(in.values("town")).category(in.values("category"))
                .level(in.values("level")).access(in.values("access")).delivery(in.values("delivery"))
                .accessibility(in.values("accessibility")).send(in.values("send")).language(in.values("language"))
                .day(in.allowed("day", DAYS, true, "day must be MO, TU, WE, TH, FR, SA or SU"))
                .time(in.allowed("time", TIMES, false, "time must be morning, afternoon or evening"))
                .notUnderstood(in.allowed("not_understood", UNDERSTOOD, false,
                        "not_understood must be place, age, free, day, time, delivery or spelling"))
                .sort(in.sort())
                .when(in.when(today));
        Integer page = in.number("page", Integer::valueOf, 1, MAX_PAGE, "page must be from 1 to " + MAX_PAGE);
        Integer size = in.number("size", Integer::valueOf, 1, SearchQuery.MAX_SIZE,
                "size must be from 1 to " + SearchQuery.MAX_SIZE);
        query.page(page == null ? 1 : page).size(size == null ? defaultSize : size);
        return new Read(query.build(), List.copyOf(in.problems));
    }

    private static final class Reader {
        private final Map<String, List<String>> parameters;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, List<String>> parameters) {
            this.parameters = parameters;
        }

        void problem(String problem) {
            problems.add(problem);
        }

        String text() {
            String text = first("q");
            if (text == null) {
                return "";
            }
            if (text.length() > MAX_TEXT) {
                problem("q must be at most " + MAX_TEXT + " characters");
                return text.substring(0, MAX_TEXT);
            }
            return text;
        }

        @Nullable String first(String name) {
            List<String> values = parameters.getOrDefault(name, List.of());
            return values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank() ? null
                    : values.getFirst().strip();
        }

        String[] values(String name) {
            return parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).filter(v -> v.length() <= MAX_VALUE).distinct().toArray(String[]::new);
        }

        String[] allowed(String name, Set<String> allowed, boolean upperCase, String problem) {
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values(name)) {
                String normalised = upperCase ? value.toUpperCase(Locale.ROOT) : value;
                if (allowed.contains(normalised)) {
                    kept.add(normalised);
                } else {
                    problem(problem);
                }
            }
            return kept.toArray(String[]::new);
        }

        <N extends Number> @Nullable N number(String name, Function<String, N> parse, double min, double max,
                String outOfRange) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            try {
                N n = parse.apply(value);
                if (n.doubleValue() >= min && n.doubleValue() <= max) {
                    return n;
                }
                problem(outOfRange);
            } catch (NumberFormatException e) {
                problem(name + " has the wrong format");
            }
            return null;
        }

        boolean flag(String name) {
            String value = first(name);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            problem(name + " has the wrong format");
            return false;
        }

        @Nullable When when(@Nullable LocalDate today) {
            String when = first(WHEN);
            String on = first(ON);
            String from = first(FROM);
            String to = first(TO);
            long given = java.util.stream.Stream.of(when, on, from != null || to != null ? "" : null)
                    .filter(java.util.Objects::nonNull).count();
            if (given > 1) {
                problem("when, on and from/to are three ways to say when: give one");
                return null;
            }
            if (when != null) {
                return switch (when.toLowerCase(Locale.ROOT)) {
                    case THIS_WEEK -> When.THIS_WEEK;
                    case OPEN_NOW -> When.OPEN_NOW;
                    default -> {
                        problem("when must be this-week or open-now");
                        yield null;
                    }
                };
            }
            if (on != null) {
                LocalDate day = date(ON, on);
                return day == null || !ahead(ON, day, today) ? null : When.on(day);
            }
            if (from == null && to != null) {
                problem("to needs from: the first day");
                return null;
            }
            if (from == null) {
                return null;
            }
            LocalDate first = date(FROM, from);
            LocalDate last = to == null ? first : date(TO, to);
            if (first == null || last == null) {
                return null;
            }
            if (last.isBefore(first)) {
                problem("to must not be before from");
                return null;
            }
            return ahead(FROM, first, today) && ahead(TO, last, today) ? When.between(first, last) : null;
        }

        private @Nullable LocalDate date(String name, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(name + " must be a date written as year-month-day, such as 2027-02-16");
                return null;
            }
        }

        /** Today or later, and no further ahead than search knows the sessions. */
        private boolean ahead(String name, LocalDate day, @Nullable LocalDate today) {
            if (today == null) {
                return true;
            }
            if (day.isBefore(today)) {
                problem(name + " must be today (" + today + ") or later");
                return false;
            }
            LocalDate last = today.plusDays(Meetings.SEARCHABLE_DAYS - 1L);
            if (day.isAfter(last)) {
                problem(name + " must be within the next " + Meetings.SEARCHABLE_DAYS / 7 + " weeks (by " + last
                        + "): sessions further ahead are not known yet");
                return false;
            }
            return true;
        }

        SearchQuery.SortOrder sort() {
            String value = first("sort");
            if (value == null) {
                return SearchQuery.SortOrder.RELEVANCE;
            }
            try {
                return SearchQuery.SortOrder.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("sort must be relevance, distance or name");
                return SearchQuery.SortOrder.RELEVANCE;
            }
        }
    }

    /** The parameters that give this "when" filter, as {@link #read} reads them back. */
    public static Map<String, String> parameters(@Nullable When when) {
        if (when == null) {
            return Map.of();
        }
        return switch (when.kind()) {
            case THIS_WEEK -> Map.of(WHEN, THIS_WEEK);
            case OPEN_NOW -> Map.of(WHEN, OPEN_NOW);
            case DATES -> when.from().equals(when.to()) ? Map.of(ON, when.from().toString())
                    : Map.of(FROM, when.from().toString(), TO, when.to().toString());
        };
    }
}
