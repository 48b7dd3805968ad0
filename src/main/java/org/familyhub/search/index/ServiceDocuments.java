package org.familyhub.search.index;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.familyhub.directory.Closure;
import org.familyhub.directory.IndexableService;
import org.familyhub.directory.IndexableService.Meeting;
import org.familyhub.directory.IndexableService.Slot;
import org.familyhub.directory.Place;
import org.familyhub.search.ChildcareDocuments.Facts;
import org.familyhub.search.CourseDocuments.Window;
import org.jspecify.annotations.Nullable;

/** Turns a directory service into its search document, the shape {@code search-index/services.json} maps. */
public final class ServiceDocuments {

    /** When a listing gives no ages it is for everyone: the widest range, so age filters keep it. */
    static final int NO_MINIMUM_AGE = 0;
    static final int NO_MAXIMUM_AGE = 120;
    private static final int MEANING_DESCRIPTION_CHARS = 250;
    /** The booking windows of a programme's courses with free places (see {@code CourseDocuments}). */
    public static final String COURSE_PLACES = "course_places";
    /**
     * The statuses search finds: a temporarily closed service stays findable with its notice, below the open ones
     * (its regulars look for it); inactive and defunct ones are gone.
     */
    public static final String TEMPORARILY_CLOSED = "temporarily closed";
    public static final Set<String> FINDABLE = Set.of("active", TEMPORARILY_CLOSED);
    /** A temporarily closed service's first and last closed days, when it gives them: whether it is closed now is asked of them. */
    public static final String CLOSED_FROM = "closed_from";
    public static final String CLOSED_UNTIL = "closed_until";
    /**
     * The meetings a family can go to (not opening hours) and every meeting including opening hours, in the weeks
     * ahead, as ranges of local time with no zone: the index compares them with the local time asked about as they
     * are, so a clock change moves nothing ("9:30" is 9:30 on either side of it).
     */
    public static final String SESSIONS = "sessions";
    public static final String OPEN_HOURS = "open_hours";
    /** The format of the ranges, Elasticsearch's {@code strict_date_hour_minute}. */
    public static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    /** When the service was first listed for families: a saved search's digest asks for those published since its last. */
    public static final String FIRST_PUBLISHED = "first_published";

    private ServiceDocuments() {
    }

    public static Map<String, Object> document(IndexableService service) {
        return document(service, null);
    }

    /** The document with the meaning of its text, when the meaning-based search is on. */
    public static Map<String, Object> document(IndexableService service, float @Nullable [] meaning) {
        return document(service, meaning, null);
    }

    /** The document with its childcare facts, when the service is a childcare provider's. */
    public static Map<String, Object> document(IndexableService service, float @Nullable [] meaning,
            @Nullable Facts childcare) {
        return document(service, meaning, childcare, List.of());
    }

    /** The document with the booking windows of its courses that have free places, when it is a programme's. */
    public static Map<String, Object> document(IndexableService service, float @Nullable [] meaning,
            @Nullable Facts childcare, List<Window> coursePlaces) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", service.id().toString());
        doc.put("name", service.name());
        putIfPresent(doc, "alternate_name", service.alternateName());
        putIfPresent(doc, "description", service.description());
        putIfPresent(doc, "eligibility", service.eligibility());
        doc.put("provider", service.provider());
        doc.put("category_names", service.categoryNames());
        doc.put("category_codes", service.categoryCodes());
        doc.put("levels", service.levels());
        doc.put("access", service.access());
        doc.put("delivery", service.delivery());
        doc.put("send", service.send());
        doc.put("languages", service.languages());
        doc.put("accessibility", service.accessibility());
        doc.put("towns", service.towns());
        doc.put("locality_codes", service.localityCodes());
        doc.put("locality_names", service.localityNames());
        doc.put("whole_area", service.wholeArea());
        doc.put("residents_of", service.residentsOf());
        doc.put("location", service.points().stream()
                .map(p -> Map.of("lat", p.latitude(), "lon", p.longitude())).toList());
        doc.put("min_age", service.minimumAge() == null ? NO_MINIMUM_AGE : service.minimumAge());
        doc.put("max_age", service.maximumAge() == null ? NO_MAXIMUM_AGE : service.maximumAge());
        doc.put("free", service.cost().free());
        putIfPresent(doc, "max_cost", service.maxCost() == null ? null : service.maxCost().doubleValue());
        doc.put("days", service.slots().stream().map(Slot::day).distinct().toList());
        doc.put("times", service.slots().stream().map(slot -> timeOfDay(slot.opensAt())).distinct().toList());
        doc.put("slots", service.slots().stream().map(slot -> slot.day() + "-" + timeOfDay(slot.opensAt()))
                .distinct().toList());
        doc.put("status", service.status());
        Closure closure = service.closure();
        if (closure != null) {
            putIfPresent(doc, CLOSED_FROM, closure.from() == null ? null : closure.from().toString());
            putIfPresent(doc, CLOSED_UNTIL, closure.until() == null ? null : closure.until().toString());
        }
        doc.putAll(meetings(service));
        putIfPresent(doc, "assured_date", service.assuredDate() == null ? null : service.assuredDate().toString());
        doc.put("last_modified", service.lastModified().toString());
        putIfPresent(doc, FIRST_PUBLISHED, service.firstPublished() == null ? null : service.firstPublished().toString());
        doc.put("suggest", Stream.of(service.name(), service.alternateName()).filter(s -> s != null).toList());
        doc.put("display", display(service));
        if (meaning != null) {
            doc.put("meaning", meaning);
        }
        if (childcare != null) {
            doc.put("childcare", childcare(childcare));
        }
        if (!coursePlaces.isEmpty()) {
            doc.put(COURSE_PLACES, coursePlaces.stream()
                    .map(w -> Map.of("opens", w.opens().toString(), "closes", w.closes().toString())).toList());
        }
        return doc;
    }

    /** The two fields of meetings, alone: what the daily roll writes into a document. */
    public static Map<String, Object> meetings(IndexableService service) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(SESSIONS, ranges(service.meetings().stream().filter(Meeting::attendable).toList()));
        fields.put(OPEN_HOURS, ranges(service.meetings()));
        return fields;
    }

    private static List<Map<String, String>> ranges(List<Meeting> meetings) {
        return meetings.stream().map(m -> Map.of("gte", LOCAL_MINUTE.format(m.starts()), "lt",
                LOCAL_MINUTE.format(m.ends()))).distinct().toList();
    }

    private static Map<String, Object> childcare(Facts childcare) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("provider_type", childcare.providerType());
        doc.put("min_age_months", childcare.minAgeMonths());
        doc.put("max_age_months", childcare.maxAgeMonths());
        doc.put("open_days", List.copyOf(childcare.openDays()));
        doc.put("funded", List.copyOf(childcare.funded()));
        doc.put("send_experience", childcare.sendExperience());
        putIfPresent(doc, "grade", childcare.grade());
        doc.put("vacancies", childcare.vacancies().stream().map(v -> Map.of("day", v.day(),
                "from_months", v.fromMonths(), "to_months", v.toMonths(), "updated", v.updated().toString()))
                .toList());
        return doc;
    }

    /**
     * What a listing is about, in the words its meaning is taken from: name, topics, who it is for and the
     * start of its description (on the sample, more of the description added time, not better answers).
     */
    public static String meaningText(IndexableService service) {
        StringBuilder text = new StringBuilder(service.name()).append(". ");
        if (!service.categoryNames().isEmpty()) {
            text.append(String.join(", ", service.categoryNames())).append(". ");
        }
        if (service.eligibility() != null) {
            text.append(service.eligibility()).append(' ');
        }
        if (service.description() != null) {
            String description = service.description();
            text.append(description, 0, Math.min(description.length(), MEANING_DESCRIPTION_CHARS));
        }
        return text.toString().strip();
    }

    /** Morning before noon, afternoon before five, evening after: how parents think of a day. */
    public static String timeOfDay(@Nullable LocalTime opensAt) {
        if (opensAt == null || opensAt.isBefore(LocalTime.NOON)) {
            return "morning";
        }
        return opensAt.isBefore(LocalTime.of(17, 0)) ? "afternoon" : "evening";
    }

    private static Map<String, Object> display(IndexableService service) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("provider", service.provider());
        display.put("free", service.cost().free());
        display.put("cost_options", service.cost().options());
        putIfPresent(display, "cost_details", service.cost().details());
        List<Map<String, String>> places = new ArrayList<>();
        for (Place place : service.places()) {
            Map<String, String> entry = new LinkedHashMap<>();
            putIfPresent(entry, "town", place.town());
            putIfPresent(entry, "locality", place.locality());
            places.add(entry);
        }
        display.put("places", places);
        putIfPresent(display, "min_age", service.minimumAge());
        putIfPresent(display, "max_age", service.maximumAge());
        display.put("levels", service.levels());
        putIfPresent(display, "summary", service.description() == null ? null : firstSentence(service.description()));
        Closure closure = service.closure();
        if (closure != null) {
            Map<String, Object> closed = new LinkedHashMap<>();
            putIfPresent(closed, "from", closure.from() == null ? null : closure.from().toString());
            putIfPresent(closed, "until", closure.until() == null ? null : closure.until().toString());
            putIfPresent(closed, "notice", closure.notice());
            putIfPresent(closed, "alternative_id", closure.alternativeId() == null ? null
                    : closure.alternativeId().toString());
            putIfPresent(closed, "alternative_name", closure.alternativeName());
            display.put("closure", closed);
        }
        return display;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static <V> void putIfPresent(Map<String, V> doc, String key, @Nullable V value) {
        if (value != null) {
            doc.put(key, value);
        }
    }
}
