package org.familyhub.directory;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * A session's recurrence in words, in English or Polish: "Every other Thursday", "Second Tuesday of each month",
 * "Last Thursday of each month", "17:00 to 19:00", "term time only", "Not on 22 December 2026 or 5 January 2027".
 * The one place these words are made, for the editor's session ({@code Session.words()}, whose English goes into
 * the document), the summary of a listing's changes and the Open Referral notes. It reads every shape a schedule
 * comes in: the nth weekday as content writes it (byday "TU" with bymonthday "8,…,14"), as RFC 5545 writes it
 * (byday "+2TU"), and the last one ("-1TH", or bymonthday "-7,…,-1").
 *
 * <p>The words are in {@code vaadin-i18n/translations*.properties} ({@code schedule.*}); the day names are
 * {@code java.time}'s in the language, and a language other than Polish gets English.
 */
public final class ScheduleWords {

    /** The week of the month that is the last one, wherever it falls (RFC 5545's "-1"). */
    public static final int LAST_WEEK = -1;

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Map<String, DayOfWeek> DAYS = Arrays.stream(DayOfWeek.values())
            .collect(Collectors.toMap(d -> d.name().substring(0, 2), d -> d));
    private static final Pattern DAY = Pattern.compile("^([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)$");
    private static final ScheduleWords ENGLISH = new ScheduleWords(Locale.UK);
    private static final ScheduleWords IN_POLISH = new ScheduleWords(POLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ScheduleWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale, ScheduleWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words in that language: Polish for Polish, else British English. */
    public static ScheduleWords in(@Nullable Locale locale) {
        return locale != null && POLISH.getLanguage().equals(locale.getLanguage()) ? IN_POLISH : ENGLISH;
    }

    /**
     * How often and on which days: "Every Tuesday", "Every other Thursday", "Every 3 weeks on Monday",
     * "Second Tuesday of each month", "Last Thursday of each month"; {@code null} when the schedule says neither.
     */
    public @Nullable String when(@Nullable String freq, @Nullable Integer interval, @Nullable String byday,
            @Nullable String bymonthday) {
        List<String> codes = byday == null || byday.isBlank() ? List.of()
                : Arrays.stream(byday.split(",")).map(String::strip).toList();
        String days = days(codes);
        if ("MONTHLY".equals(freq)) {
            Integer week = week(codes, bymonthday);
            if (days != null && week != null) {
                return t("schedule.monthly." + (week == LAST_WEEK ? "last" : week), days);
            }
            if (days != null) {
                return t("schedule.monthly.on", days);
            }
            Integer day = dayOfMonth(bymonthday);
            if (day != null) {
                return t("schedule.monthly.dayOfMonth", ordinal(day), String.valueOf(day));
            }
            return bymonthday != null ? t("schedule.monthly.days", bymonthday) : t("schedule.monthly");
        }
        if (freq == null && days == null) {
            return null;
        }
        int every = interval == null ? 1 : interval;
        if (every == 2) {
            return days == null ? t("schedule.fortnightly.any") : t("schedule.fortnightly", days);
        }
        if (every > 2) {
            return days == null ? t("schedule.weeks.any", String.valueOf(every))
                    : t("schedule.weeks", String.valueOf(every), days);
        }
        return days == null ? t("schedule.weekly.any") : t("schedule.weekly", days);
    }

    /** The week of the month a monthly session's fields name: 1 to 4, {@link #LAST_WEEK}, or {@code null}. */
    public static @Nullable Integer week(List<String> byday, @Nullable String bymonthday) {
        if (byday.size() == 1) {
            Matcher code = DAY.matcher(byday.getFirst());
            if (code.matches() && code.group(1) != null) {
                int n = Integer.parseInt(code.group(1).replace("+", ""));
                return n == -1 ? Integer.valueOf(LAST_WEEK) : n >= 1 && n <= 4 ? Integer.valueOf(n) : null;
            }
        }
        if (bymonthday == null) {
            return null;
        }
        String days = bymonthday.replace(" ", "");
        if (days.equals(monthDays(LAST_WEEK))) {
            return LAST_WEEK;
        }
        return IntStream.rangeClosed(1, 4).filter(week -> days.equals(monthDays(week))).boxed().findFirst()
                .orElse(null);
    }

    /**
     * The one day of the month a monthly session meets on, as RFC 5545's {@code BYMONTHDAY=15} says it: 1 to 31
     * (a month without that day has no session); {@code null} for none, several days or counting from the end.
     */
    public static @Nullable Integer dayOfMonth(@Nullable String bymonthday) {
        if (bymonthday == null || !bymonthday.strip().matches("\\+?\\d{1,2}")) {
            return null;
        }
        int day = Integer.parseInt(bymonthday.strip().replace("+", ""));
        return day >= 1 && day <= 31 ? day : null;
    }

    /** "1st", "2nd", "15th", "22nd" in English; the number alone in Polish, whose pattern says "15." itself. */
    private String ordinal(int day) {
        if (locale.getLanguage().equals(POLISH.getLanguage())) {
            return String.valueOf(day);
        }
        String suffix = day >= 11 && day <= 13 ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }

    /** The days of the month a week covers, as content's bymonthday: "8,…,14"; the last week is "-7,…,-1". */
    public static String monthDays(int week) {
        int first = week == LAST_WEEK ? -7 : week * 7 - 6;
        return IntStream.range(first, first + 7).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    /** "17:00 to 19:00", 24-hour. */
    public String times(LocalTime opens, LocalTime closes) {
        return t("schedule.time", opens.toString(), closes.toString());
    }

    /** "term time only". */
    public String termTime() {
        return t("schedule.termTime");
    }

    /** "Not on 22 December 2026 or 5 January 2027"; {@code null} for no dates. */
    public @Nullable String notOn(Collection<LocalDate> dates) {
        List<String> said = dates.stream().filter(Objects::nonNull).sorted().distinct().map(this::date).toList();
        if (said.isEmpty()) {
            return null;
        }
        String list = said.size() == 1 ? said.getFirst()
                : t("schedule.or", String.join(", ", said.subList(0, said.size() - 1)), said.getLast());
        return t("schedule.notOn", list);
    }

    /** "On Tuesday 1 December 2026", for a session that meets once, given its day in words. */
    public String on(String day) {
        return t("schedule.on", day);
    }

    /** "from 1 September 2026", given the date in words. */
    public String from(String date) {
        return t("schedule.from", date);
    }

    /** "until 23 July 2027", given the date in words. */
    public String until(String date) {
        return t("schedule.until", date);
    }

    /** For a schedule that says nothing. */
    public String none() {
        return t("schedule.none");
    }

    /** "22 December 2026" ("22 grudnia 2026"). */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    private @Nullable String days(List<String> codes) {
        List<String> names = codes.stream().map(DAY::matcher).filter(Matcher::matches)
                .map(code -> DAYS.get(code.group(2))).sorted().distinct()
                .map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private String t(String key, Object... params) {
        return new MessageFormat(bundle.getString(key), locale).format(params);
    }
}
