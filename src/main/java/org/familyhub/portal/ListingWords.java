package org.familyhub.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familyhub.directory.Cost;
import org.familyhub.directory.Place;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.Timetable.Occurrence;
import org.jspecify.annotations.Nullable;

/**
 * The plain-English lines every listing shows: cost, place, ages and when. One place for the words,
 * so a card, a service page, an e-mail and a printed leaflet never say the same thing differently.
 */
public class ListingWords {

    /** Interface text by key, in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    /** A price the portal can say in any language: an amount and what it is for, nothing else. */
    private static final Pattern PRICE = Pattern.compile(
            "(?i)(?:£(\\d+(?:\\.\\d{1,2})?)|(\\d{1,2})p)\\s+(?:an?|per) (hour|session|family|child|lesson|day|course|week)");
    private static final Pattern FREE = Pattern.compile("(?i)\\s*free\\s*");

    private final Translator translator;
    private final Locale locale;
    private final String areaName;
    private final LocalDate today;

    /** English pages use British dates ("27 November 2026"), whatever the browser asked for. */
    public ListingWords(Translator translator, @Nullable Locale locale, String areaName, LocalDate today) {
        this.translator = translator;
        this.locale = locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())
                ? Locale.UK : locale;
        this.areaName = areaName;
        this.today = today;
    }

    /**
     * "Free", or each price: one the portal can read ("£5.60 an hour", "50p per session") in the reader's
     * language, any other as the provider wrote it (then {@link #costInEnglish} says so).
     */
    public String cost(Cost cost) {
        if (cost.free()) {
            return t("cost.free");
        }
        if (!cost.options().isEmpty()) {
            return cost.options().stream().map(this::price).collect(Collectors.joining("; "));
        }
        return cost.details() != null ? cost.details() : t("cost.unknown");
    }

    /** Whether {@link #cost} holds the provider's own English words, to be marked as English on a Polish page. */
    public boolean costInEnglish(Cost cost) {
        if (cost.free() || !"pl".equals(locale.getLanguage())) {
            return false;
        }
        if (!cost.options().isEmpty()) {
            return cost.options().stream().anyMatch(option -> !FREE.matcher(option).matches()
                    && !PRICE.matcher(option.strip()).matches());
        }
        return cost.details() != null;
    }

    private String price(String option) {
        if (FREE.matcher(option).matches()) {
            return t("cost.free");
        }
        Matcher price = PRICE.matcher(option.strip());
        if (!price.matches()) {
            return option;
        }
        String amount = price.group(1) != null ? money(price.group(1)) : t("cost.pence", Integer.valueOf(price.group(2)));
        return t("cost.per." + price.group(3).toLowerCase(Locale.ROOT), amount);
    }

    /** "£5.60" as the reader writes it: "£5,60" in Polish. */
    private String money(String pounds) {
        String amount = pounds.replaceFirst("\\.00?$", "");
        return "£" + ("pl".equals(locale.getLanguage()) ? amount.replace('.', ',') : amount);
    }

    public String place(Place place) {
        if (place.town() != null && place.locality() != null) {
            return t("place.town", place.town(), place.locality());
        }
        return t("place.locality", place.locality() != null ? place.locality() : areaName);
    }

    public String places(List<Place> places) {
        return places.stream().map(this::place).distinct().collect(Collectors.joining("; "));
    }

    public String ages(@Nullable Integer minimum, @Nullable Integer maximum) {
        if (minimum != null && maximum != null) {
            if (minimum.equals(maximum)) {
                return minimum == 0 ? t("ages.pregnancy") : t("ages.exactly", minimum);
            }
            return t("ages.range", minimum, maximum);
        }
        if (minimum != null) {
            return t("ages.from", minimum);
        }
        return maximum != null ? t("ages.upTo", maximum) : t("ages.all");
    }

    /** "Every Tuesday, 9:30 to 11:00" and the dates it runs between. */
    public String session(Session session) {
        String days = session.days().stream()
                .map(code -> DAYS.get(code.replaceFirst("^[+-]?\\d", "")))
                .filter(Objects::nonNull)
                .map(day -> day.getDisplayName(TextStyle.FULL, locale()))
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        boolean nthWeekday = "MONTHLY".equals(session.frequency()) && session.days().size() == 1
                && session.days().getFirst().matches("^[+-]?\\d.*");
        if (nthWeekday) { // "Last Thursday of each month", as the editor says it
            text.append(org.familyhub.directory.ScheduleWords.in(locale()).when(session.frequency(), 1,
                    session.days().getFirst(), null));
        } else if (session.onDayOfMonth()) { // "On the 15th of every month"
            text.append(org.familyhub.directory.ScheduleWords.in(locale()).when(session.frequency(), 1, null,
                    String.valueOf(session.dayOfMonth())));
        } else if (!days.isEmpty()) {
            String key = "MONTHLY".equals(session.frequency()) ? "session.monthly"
                    : session.interval() == 2 ? "session.fortnightly" : "session.weekly";
            text.append(t(key, days));
        }
        if (session.opensAt() != null && session.closesAt() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(t("session.time", time(session.opensAt()),
                    time(session.closesAt())));
        }
        return text.toString();
    }

    /**
     * "Not on 22 December 2026 or 5 January 2027": the dates from today on that the session does not meet
     * (those past have no use to a family); empty when there are none.
     */
    public String sessionExceptions(Session session) {
        String words = org.familyhub.directory.ScheduleWords.in(locale()).notOn(
                session.exceptDates().stream().filter(date -> !date.isBefore(today)).toList());
        return words == null ? "" : words;
    }

    public String sessionDates(Session session) {
        if (session.startsOn() == null) {
            return "";
        }
        if (org.familyhub.directory.SessionDates.oneOff(session)) {
            return t("session.on", date(session.startsOn()));
        }
        String dates = session.endsOn() == null ? t("session.from", date(session.startsOn()))
                : t("session.dates", date(session.startsOn()), date(session.endsOn()));
        return session.count() == null ? dates : dates + " (" + t("session.count", session.count()) + ")";
    }

    /** "Tuesday 1 December, 9:30 to 11:00, Monks Coppenhall Children's Centre". */
    public String occurrence(Occurrence occurrence) {
        StringBuilder text = new StringBuilder(day(occurrence.date()));
        if (occurrence.opensAt() != null && occurrence.closesAt() != null) {
            text.append(", ").append(t("session.time", time(occurrence.opensAt()), time(occurrence.closesAt())));
        }
        if (occurrence.venueName() != null) {
            text.append(", ").append(occurrence.venueName());
        }
        return text.toString();
    }

    /** "Today", "Tomorrow" or "Tuesday 1 December". */
    public String day(LocalDate date) {
        if (date.equals(today)) {
            return t("day.today");
        }
        if (date.equals(today.plusDays(1))) {
            return t("day.tomorrow");
        }
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale()));
    }

    /** The portal clock's day these words were made for: what "today" and "closed now" are decided against. */
    public LocalDate today() {
        return today;
    }

    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }

    public String time(LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern("H:mm", locale()));
    }

    public Locale locale() {
        return locale;
    }

    private String t(String key, Object... params) {
        return translator.translate(key, params);
    }
}
