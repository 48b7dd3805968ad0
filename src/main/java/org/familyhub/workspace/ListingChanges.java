package org.familyhub.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familyhub.directory.RichText;
import org.familyhub.directory.ScheduleWords;
import org.familyhub.directory.TermNames;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.HsdsDocuments.Schedule;
import org.familyhub.directory.content.HsdsDocuments.ServiceAtLocation;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two versions of a listing, in the words a person uses: the one place that maps the
 * Open Referral document to labels ("Phone number", "Venue: Crewe Library — postcode", "Sessions at Crewe
 * Library"), so the review screen, the history and an edit conflict all say the same. Rich text is shown as
 * text, topics by name, sessions as a sentence ("Every other Tuesday, 09:30–11:30, term time only").
 * Unchanged fields are left out; so are ids and the "last checked" stamp, which no author writes.
 *
 * <p>Every label is a message key ({@code editor.changes.*}), said in the reader's language: a Polish editor
 * reviews in Polish. The listing's own words (names, addresses, descriptions) stay as their author wrote them.
 *
 * <p>Each change belongs to a section (a field group, or one venue with its sessions); {@link #merge} takes
 * chosen sections from a draft into the published document, for a review that approves only some.
 */
@Component
public class ListingChanges {

    /** A section of the listing and the top-level document fields it is made of; its label is a message key. */
    private record Section(String key, List<String> fields) {

        String labelKey() {
            return "editor.changes.section." + key;
        }
    }

    private static final String VENUE = "venue:";
    private static final List<Section> SECTIONS = List.of(
            new Section("name", List.of("name", "alternate_name")),
            new Section("status", List.of("status", "alert")),
            new Section("description", List.of("description")),
            new Section("contact", List.of("phones", "email", "url", "contacts")),
            new Section("cost", List.of("fees_description", "cost_options")),
            new Section("who", List.of("eligibility_description", "minimum_age", "maximum_age")),
            new Section("apply", List.of("application_process")),
            new Section("topics", List.of("attributes")),
            new Section("languages", List.of("languages", "interpretation_services")),
            new Section("areas", List.of("service_areas")),
            new Section("sessions", List.of("schedules")),
            new Section("organisation", List.of("organization")));
    /** Fields that are not the author's words: ids, and the "last checked" stamp publishing sets. */
    private static final Set<String> IGNORED = Set.of("id", "assured_date", "assurer_email",
            "service_at_locations");

    private final TermNames terms;
    private final DateText dates;
    private final Translations translations;

    ListingChanges(TermNames terms, DateText dates, Translations translations) {
        this.terms = terms;
        this.dates = dates;
        this.translations = translations;
    }

    /**
     * The changes from {@code before} (none: a new listing) to {@code after}, in the listing's order, labelled in
     * English: for what is written outside a page (the author's e-mail, a save that met another's).
     */
    public List<ChangeInWords> between(HsdsDocuments.@Nullable Service before, HsdsDocuments.Service after) {
        return between(before, after, Locale.ENGLISH);
    }

    /** The changes, labelled in the reader's language ({@code pl} Polish, anything else English). */
    public List<ChangeInWords> between(HsdsDocuments.@Nullable Service before, HsdsDocuments.Service after,
            Locale language) {
        HsdsDocuments.Service old = before == null ? empty() : before;
        Words words = new Words(language);
        List<ChangeInWords> changes = new ArrayList<>();
        for (Section section : SECTIONS) {
            fields(section, old, after, changes, words);
        }
        venues(old, after, changes, words);
        others(old, after, changes);
        return changes;
    }

    /** The labels in one language: the one place a change's label key becomes words. */
    private final class Words {

        private final Locale language;

        Words(Locale language) {
            this.language = language;
        }

        String say(String key, Object... params) {
            return translations.translate("editor.changes." + key, language, params);
        }
    }

    /**
     * The published document with the chosen sections taken from the draft, the others left as published:
     * what a reviewer who approves only some changes publishes. A venue section adds, changes or removes
     * that one venue.
     */
    public HsdsDocuments.Service merge(HsdsDocuments.Service published, HsdsDocuments.Service draft,
            Collection<String> approvedSections) {
        ObjectNode into = ServiceDocumentJson.JSON.valueToTree(published);
        ObjectNode from = ServiceDocumentJson.JSON.valueToTree(draft);
        for (String section : approvedSections) {
            if (section.startsWith(VENUE)) {
                mergeVenue(into, from, section.substring(VENUE.length()));
            } else {
                SECTIONS.stream().filter(s -> s.key().equals(section)).findFirst()
                        .map(Section::fields).orElse(List.of(section.replaceFirst("^other:", "")))
                        .forEach(field -> copy(from, into, field));
            }
        }
        return ServiceDocumentJson.JSON.treeToValue(into, HsdsDocuments.Service.class);
    }

    private static void copy(ObjectNode from, ObjectNode into, String field) {
        JsonNode value = from.get(field);
        if (value == null) {
            into.remove(field);
        } else {
            into.set(field, value.deepCopy());
        }
    }

    private static void mergeVenue(ObjectNode into, ObjectNode from, String key) {
        ArrayNode result = ServiceDocumentJson.JSON.createArrayNode();
        JsonNode theirs = from.path("service_at_locations");
        JsonNode draftVenue = null;
        for (JsonNode venue : theirs) {
            if (key.equals(venueKey(venue))) {
                draftVenue = venue;
            }
        }
        boolean placed = false;
        for (JsonNode venue : into.path("service_at_locations")) {
            if (key.equals(venueKey(venue))) {
                if (draftVenue != null) {
                    result.add(draftVenue.deepCopy());
                }
                placed = true;
            } else {
                result.add(venue);
            }
        }
        if (!placed && draftVenue != null) {
            result.add(draftVenue.deepCopy());
        }
        into.set("service_at_locations", result);
    }

    private static String venueKey(JsonNode venue) {
        JsonNode location = venue.path("location");
        for (JsonNode id : List.of(location.path("id"), venue.path("id"), location.path("name"))) {
            if (id.isString() && !id.asString().isBlank()) {
                return id.asString();
            }
        }
        return "";
    }

    private void fields(Section section, HsdsDocuments.Service a, HsdsDocuments.Service b,
            List<ChangeInWords> out, Words words) {
        String sectionLabel = translations.translate(section.labelKey(), words.language);
        Line line = (label, value) -> {
            String was = value.apply(a);
            String now = value.apply(b);
            if (!Objects.equals(was, now)) {
                out.add(new ChangeInWords(section.key(), sectionLabel, words.say("field." + label), was, now));
            }
        };
        switch (section.key()) {
            case "name" -> {
                line.of("name", s -> text(s.name()));
                line.of("alternateName", s -> text(s.alternateName()));
            }
            case "status" -> {
                line.of("status", s -> status(s.status(), words));
                line.of("alert", s -> text(s.alert()));
            }
            case "description" -> line.of("description", s -> text(s.description()));
            case "contact" -> {
                line.of("phones", s -> join(HsdsDocuments.list(s.phones()), p -> words(
                        p.number(), p.description())));
                line.of("email", s -> text(s.email()));
                line.of("url", s -> text(s.url()));
                line.of("contacts", s -> join(HsdsDocuments.list(s.contacts()), c -> words(c.name(), c.title(),
                        c.department(), c.email())));
            }
            case "cost" -> {
                line.of("fees", s -> text(s.feesDescription()));
                line.of("prices", s -> join(HsdsDocuments.list(s.costOptions()), c -> words(
                        c.amount() == null ? null : money(c.amount()), c.option(), c.amountDescription())));
            }
            case "who" -> {
                line.of("eligibility", s -> text(s.eligibilityDescription()));
                line.of("minimumAge", s -> number(s.minimumAge()));
                line.of("maximumAge", s -> number(s.maximumAge()));
            }
            case "apply" -> line.of("apply", s -> text(s.applicationProcess()));
            case "topics" -> line.of("topics", s -> topics(s.attributes(), words));
            case "languages" -> {
                line.of("languages", s -> join(HsdsDocuments.list(s.languages()), l -> words(l.name(), l.note())));
                line.of("interpreters", s -> text(s.interpretationServices()));
            }
            case "areas" -> line.of("areas", s -> join(HsdsDocuments.list(s.serviceAreas()),
                    area -> words(area.name(), area.description())));
            case "sessions" -> line.of("sessions", s -> sessions(s.schedules()));
            case "organisation" -> line.of("organisation", s -> s.organization() == null ? null
                    : text(s.organization().name()));
            default -> throw new IllegalStateException(section.key());
        }
    }

    @FunctionalInterface
    private interface Line {
        void of(String label, Function<HsdsDocuments.Service, @Nullable String> value);
    }

    /** Venues are matched by their location, so a reordered list is no change. */
    private void venues(HsdsDocuments.Service a, HsdsDocuments.Service b, List<ChangeInWords> out, Words words) {
        Map<String, ServiceAtLocation> old = venuesOf(a);
        Map<String, ServiceAtLocation> now = venuesOf(b);
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(old.keySet());
        for (String key : keys) {
            ServiceAtLocation was = old.get(key);
            ServiceAtLocation is = now.get(key);
            String name = venueName(is != null ? is : Objects.requireNonNull(was), words);
            String section = VENUE + key;
            String sectionLabel = words.say("venue.section", name);
            if (was == null || is == null) {
                ServiceAtLocation venue = was == null ? is : was;
                String summary = words(address(venue), sessions(venue.schedules()));
                out.add(new ChangeInWords(section, sectionLabel, words.say(was == null ? "venue.added"
                        : "venue.removed", name), was == null ? null : summary, was == null ? summary : null));
                continue;
            }
            List<Map.Entry<String, Function<ServiceAtLocation, @Nullable String>>> parts = List.of(
                    Map.entry("name", v -> location(v) == null ? null : text(location(v).name())),
                    Map.entry("address", v -> address1(v)),
                    Map.entry("town", v -> firstAddress(v) == null ? null : text(firstAddress(v).city())),
                    Map.entry("postcode", v -> firstAddress(v) == null ? null : text(firstAddress(v).postalCode())),
                    Map.entry("about", v -> location(v) == null ? null : text(location(v).description())),
                    Map.entry("transport", v -> location(v) == null ? null
                            : text(location(v).transportation())),
                    Map.entry("accessibility", v -> location(v) == null ? null : join(HsdsDocuments.list(
                            location(v).accessibility()), x -> words(x.description(), x.details()))),
                    Map.entry("here", v -> text(v.description())));
            for (var part : parts) {
                String before = part.getValue().apply(was);
                String after = part.getValue().apply(is);
                if (!Objects.equals(before, after)) {
                    out.add(new ChangeInWords(section, sectionLabel, words.say("venue.part", name,
                            words.say("venue.part." + part.getKey())), before, after));
                }
            }
            String before = sessions(was.schedules());
            String after = sessions(is.schedules());
            if (!Objects.equals(before, after)) {
                out.add(new ChangeInWords(section, sectionLabel, words.say("venue.sessions", name), before,
                        after));
            }
        }
    }

    /** Fields this class has no words for yet (a new part of the document) still show, by a readable name. */
    private void others(HsdsDocuments.Service a, HsdsDocuments.Service b, List<ChangeInWords> out) {
        ObjectNode old = ServiceDocumentJson.JSON.valueToTree(a);
        ObjectNode now = ServiceDocumentJson.JSON.valueToTree(b);
        Set<String> known = SECTIONS.stream().flatMap(s -> s.fields().stream()).collect(Collectors.toSet());
        Set<String> names = new LinkedHashSet<>(now.propertyNames());
        names.addAll(old.propertyNames());
        for (String field : names) {
            if (known.contains(field) || IGNORED.contains(field)) {
                continue;
            }
            String before = plain(old.get(field));
            String after = plain(now.get(field));
            if (!Objects.equals(before, after)) {
                String label = Character.toUpperCase(field.charAt(0)) + field.substring(1).replace('_', ' ');
                out.add(new ChangeInWords("other:" + field, label, label, before, after));
            }
        }
    }

    private static @Nullable String plain(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        collect(node, values);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static void collect(JsonNode node, List<String> values) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!e.getKey().equals("id")) {
                    collect(e.getValue(), values);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, values));
        } else if (node.isNumber()) {
            values.add(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (!node.isNull() && !node.asString().isBlank()) {
            String text = text(node.asString());
            if (text != null) {
                values.add(text);
            }
        }
    }

    private static Map<String, ServiceAtLocation> venuesOf(HsdsDocuments.Service service) {
        Map<String, ServiceAtLocation> venues = new LinkedHashMap<>();
        for (ServiceAtLocation venue : HsdsDocuments.list(service.serviceAtLocations())) {
            venues.put(venueKey(ServiceDocumentJson.JSON.valueToTree(venue)), venue);
        }
        return venues;
    }

    private static HsdsDocuments.@Nullable Location location(ServiceAtLocation venue) {
        return venue.location();
    }

    private static HsdsDocuments.@Nullable Address firstAddress(ServiceAtLocation venue) {
        return venue.location() == null || HsdsDocuments.list(venue.location().addresses()).isEmpty() ? null
                : venue.location().addresses().getFirst();
    }

    private static @Nullable String address1(ServiceAtLocation venue) {
        HsdsDocuments.Address address = firstAddress(venue);
        return address == null ? null : words(address.address1(), address.address2());
    }

    private static @Nullable String address(ServiceAtLocation venue) {
        HsdsDocuments.Address address = firstAddress(venue);
        return address == null ? null : words(address.address1(), address.address2(), address.city(),
                address.postalCode());
    }

    private static String venueName(ServiceAtLocation venue, Words words) {
        String name = venue.location() == null ? null : text(venue.location().name());
        return name == null ? words.say("venue.unnamed") : name;
    }

    private @Nullable String topics(@Nullable List<HsdsDocuments.Attribute> attributes, Words words) {
        List<String> names = HsdsDocuments.list(attributes).stream().map(HsdsDocuments.Attribute::taxonomyTermId)
                .filter(Objects::nonNull).distinct().map(id -> termName(id, words)).sorted().toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private String termName(String id, Words words) {
        try {
            return terms.nameOf(UUID.fromString(id), words.language).orElseGet(() -> words.say("topicGone"));
        } catch (IllegalArgumentException notAnId) {
            return words.say("topicGone");
        }
    }

    private @Nullable String sessions(@Nullable List<Schedule> schedules) {
        return join(HsdsDocuments.list(schedules), this::session);
    }

    /** A session as a sentence: "Every other Tuesday, 09:30–11:30, term time only". */
    public String session(Schedule s) {
        return session(s, Locale.UK);
    }

    /**
     * A session as a sentence in that language, its recurrence, term time and exception dates in the words of
     * {@link ScheduleWords} (the editor's own): "Last Thursday of each month, 10:00–11:30, not on 22 December 2026".
     */
    public String session(Schedule s, Locale locale) {
        ScheduleWords words = ScheduleWords.in(locale);
        List<String> parts = new ArrayList<>();
        LocalDate start = date(s.dtstart());
        LocalDate until = date(s.until());
        if (start != null && (Integer.valueOf(1).equals(s.count()) || start.equals(until))) {
            parts.add(words.on(dates.day(start, locale)));
        } else {
            String when = words.when(s.freq(), s.interval(), s.byday(), s.bymonthday());
            if (when != null) {
                parts.add(when);
            }
        }
        if (s.opensAt() != null || s.closesAt() != null) {
            parts.add(time(s.opensAt()) + "–" + time(s.closesAt()));
        }
        if (s.inTermTimeOnly()) {
            parts.add(words.termTime());
        }
        LocalDate from = date(s.validFrom());
        LocalDate to = date(s.validTo());
        if (from != null) {
            parts.add(words.from(dates.date(from, locale)));
        }
        if (to != null) {
            parts.add(words.until(dates.date(to, locale)));
        }
        String notOn = words.notOn(dates(s));
        if (notOn != null) {
            parts.add(notOn.substring(0, 1).toLowerCase(locale) + notOn.substring(1)); // within the sentence
        }
        String said = words(s.description(), s.notes());
        if (said != null) {
            parts.add(parts.isEmpty() ? said : "“" + said + "”");
        }
        return parts.isEmpty() ? words.none() : String.join(", ", parts);
    }

    private static List<LocalDate> dates(Schedule s) {
        try {
            return s.exceptions();
        } catch (RuntimeException notDates) {
            return List.of();
        }
    }

    private static String time(@Nullable String time) {
        return time == null ? "?" : time.length() >= 5 ? time.substring(0, 5) : time;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    private static String status(@Nullable String status, Words words) {
        if (status == null) {
            return words.say("status.active");
        }
        return switch (status) {
            case "active", "inactive", "defunct" -> words.say("status." + status);
            case "temporarily closed" -> words.say("status.closed");
            default -> status;
        };
    }

    private static String money(BigDecimal amount) {
        return "£" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static @Nullable String number(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static <T> @Nullable String join(List<T> items, Function<T, @Nullable String> words) {
        String joined = items.stream().map(words).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return joined.isBlank() ? null : joined;
    }

    private static @Nullable String words(@Nullable String... parts) {
        String joined = java.util.Arrays.stream(parts).map(ListingChanges::text).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return joined.isBlank() ? null : joined;
    }

    /** Plain text: rich text (and any markup a copied document carries) read as a person would. */
    static @Nullable String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = RichText.toPlainText(value);
        return plain == null || plain.isBlank() ? null : plain.strip();
    }

    private static HsdsDocuments.Service empty() {
        return new HsdsDocuments.Service(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
