package org.familyhub.workspace.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyhub.directory.ScheduleWords;
import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;

/**
 * One session of a listing at a venue, as the editor sets it: how often, on which day(s), from and to what time,
 * whether only in school terms and between which dates. Written as the HSDS schedule fields the portal's
 * timetable reads, exactly as {@code content/} writes them: {@code freq}, {@code interval}, {@code byday},
 * {@code bymonthday} (the week of the month: "8,…,14" is the second), {@code dtstart}, {@code valid_from},
 * {@code valid_to}, {@code opens_at}, {@code closes_at}, and words in {@code description}; term time is said in
 * the words, and {@code term_time_only} is set only when the words would say otherwise. The last week of the
 * month, which has no fixed days, is RFC 5545's byday "-1TH" (the last Thursday), the shape the timetable reads.
 * The dates it does not meet are the portal's own {@code except_dates} (see {@link HsdsDocuments.Schedule}); the
 * words in {@code description} stay those of the regular pattern, and the Open Referral API says the dates.
 *
 * @param weekOfMonth for a monthly session, 1 to 4 (first to fourth) or {@link ScheduleWords#LAST_WEEK}, else
 *        {@code null}
 * @param exceptions the dates it does not meet (a training day, a venue closure), earliest first; those already
 *        past fall away when the session is next written
 */
public record Session(@Nullable String id, Frequency frequency, Set<DayOfWeek> days, @Nullable Integer weekOfMonth,
        LocalTime opens, LocalTime closes, boolean termTimeOnly, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo, List<LocalDate> exceptions) {

    /** How often the session meets. */
    public enum Frequency {
        WEEKLY, FORTNIGHTLY, MONTHLY
    }

    public Session {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        exceptions = exceptions.stream().sorted().distinct().toList();
    }

    /** A session without exception dates. */
    public Session(@Nullable String id, Frequency frequency, Set<DayOfWeek> days, @Nullable Integer weekOfMonth,
            LocalTime opens, LocalTime closes, boolean termTimeOnly, @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {
        this(id, frequency, days, weekOfMonth, opens, closes, termTimeOnly, validFrom, validTo, List.of());
    }

    /** The session a stored schedule describes, if the form can show it (other shapes are kept as they are). */
    public static Optional<Session> of(HsdsDocuments.Schedule schedule) {
        try {
            if (!"MONTHLY".equals(schedule.freq()) && schedule.byday() != null
                    && schedule.byday().chars().anyMatch(Character::isDigit)) {
                return Optional.empty(); // "1MO" in a weekly rule: not a shape the form has
            }
            Set<DayOfWeek> days = days(schedule.byday());
            LocalTime opens = LocalTime.parse(String.valueOf(schedule.opensAt()));
            LocalTime closes = LocalTime.parse(String.valueOf(schedule.closesAt()));
            int interval = schedule.interval() == null ? 1 : schedule.interval();
            Frequency frequency;
            Integer week = null;
            if ("WEEKLY".equals(schedule.freq()) && interval == 1 && schedule.bymonthday() == null) {
                frequency = Frequency.WEEKLY;
            } else if ("WEEKLY".equals(schedule.freq()) && interval == 2 && schedule.bymonthday() == null) {
                frequency = Frequency.FORTNIGHTLY;
            } else if ("MONTHLY".equals(schedule.freq()) && interval == 1 && days.size() == 1
                    && (week = week(schedule.byday(), schedule.bymonthday())) != null) {
                frequency = Frequency.MONTHLY;
            } else {
                return Optional.empty();
            }
            if (days.isEmpty() || schedule.count() != null || schedule.until() != null || schedule.wkst() != null) {
                return Optional.empty();
            }
            return Optional.of(new Session(schedule.id(), frequency, days, week, opens, closes,
                    schedule.inTermTimeOnly(), date(schedule.validFrom()), date(schedule.validTo()),
                    schedule.exceptions()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with the session, in plain words; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (days.isEmpty()) {
            problems.add("Choose the day the session meets.");
        }
        if (frequency == Frequency.MONTHLY && (days.size() != 1 || weekOfMonth == null)) {
            problems.add("A monthly session meets on one day in one week of the month, e.g. the first Tuesday.");
        }
        if (weekOfMonth != null && weekOfMonth != ScheduleWords.LAST_WEEK && (weekOfMonth < 1 || weekOfMonth > 4)) {
            problems.add("The week of the month is the first, second, third, fourth or last.");
        }
        if (!closes.isAfter(opens)) {
            problems.add("The session must end after it starts.");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add("The last date must not be before the first.");
        }
        if (frequency == Frequency.FORTNIGHTLY && validFrom == null) {
            problems.add("Give the first date of a fortnightly session, so that families know which weeks.");
        }
        return problems;
    }

    /**
     * The schedule as content files write it, keeping the stored one's id and, when unchanged, its words; the last
     * week of the month as byday "-1TH"; exception dates before {@code today} are left out.
     */
    public HsdsDocuments.Schedule toSchedule(String id, LocalDate today) {
        String byday = byday();
        String bymonthday = bymonthday();
        String words = words();
        Boolean flag = termTimeOnly == saysTermTime(words) ? null : termTimeOnly;
        List<String> except = exceptions.stream().filter(date -> !date.isBefore(today)).map(LocalDate::toString)
                .toList();
        return new HsdsDocuments.Schedule(id, frequency == Frequency.MONTHLY ? "MONTHLY" : "WEEKLY",
                frequency == Frequency.FORTNIGHTLY ? 2 : 1, byday, bymonthday, firstDate(today).toString(), null,
                null, validFrom == null ? null : validFrom.toString(), validTo == null ? null : validTo.toString(),
                opens.toString(), closes.toString(), null, words, null, flag, except.isEmpty() ? null : except);
    }

    /** "Every other Thursday, 17:00 to 19:00, term time only": the English the document carries. */
    public String words() {
        return words(Locale.UK);
    }

    /** The session in words in that language ({@link ScheduleWords}); exception dates are said apart. */
    public String words(Locale locale) {
        ScheduleWords words = ScheduleWords.in(locale);
        String when = words.when(frequency == Frequency.MONTHLY ? "MONTHLY" : "WEEKLY",
                frequency == Frequency.FORTNIGHTLY ? 2 : 1, byday(), bymonthday());
        return when + ", " + words.times(opens, closes) + (termTimeOnly ? ", " + words.termTime() : "");
    }

    private boolean lastWeek() {
        return frequency == Frequency.MONTHLY && Integer.valueOf(ScheduleWords.LAST_WEEK).equals(weekOfMonth);
    }

    /** "TU", "MO,WE", or "-1TH" for the last Thursday of the month. */
    private String byday() {
        return days.stream().sorted().map(d -> (lastWeek() ? "-1" : "") + d.name().substring(0, 2))
                .collect(Collectors.joining(","));
    }

    /** The week of the month as content writes it, "8,…,14"; none for the last week (said in byday). */
    private @Nullable String bymonthday() {
        return frequency == Frequency.MONTHLY && weekOfMonth != null && !lastWeek()
                ? ScheduleWords.monthDays(weekOfMonth) : null;
    }

    /** The first day the session meets: the anchor of a fortnight, from its first date (or today). */
    LocalDate firstDate(LocalDate today) {
        LocalDate date = validFrom == null ? today : validFrom;
        for (int i = 0; i < 400; i++, date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek()) && (frequency != Frequency.MONTHLY || weekOfMonth == null
                    || (lastWeek() ? date.plusWeeks(1).getMonth() != date.getMonth()
                            : (date.getDayOfMonth() - 1) / 7 + 1 == weekOfMonth))) {
                return date;
            }
        }
        return date;
    }

    /** The same session, ignoring the words and the anchor a stored schedule carries. */
    boolean sameAs(Session other) {
        return frequency == other.frequency && days.equals(other.days)
                && java.util.Objects.equals(weekOfMonth, other.weekOfMonth) && opens.equals(other.opens)
                && closes.equals(other.closes) && termTimeOnly == other.termTimeOnly
                && java.util.Objects.equals(validFrom, other.validFrom)
                && java.util.Objects.equals(validTo, other.validTo) && exceptions.equals(other.exceptions);
    }

    private static boolean saysTermTime(String words) {
        return new HsdsDocuments.Schedule(null, null, null, null, null, null, null, null, null, null, null, null,
                null, words, null, null).inTermTimeOnly();
    }

    private static Set<DayOfWeek> days(@Nullable String byday) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (byday == null) {
            return days;
        }
        for (String code : byday.split(",")) {
            String c = code.strip().replaceFirst("^[+-]?\\d", "");
            days.add(EnumSet.allOf(DayOfWeek.class).stream().filter(d -> d.name().startsWith(c) && c.length() == 2)
                    .findFirst().orElseThrow());
        }
        return days;
    }

    /** The week of the month, 1 to 4 or last, from either shape ("8,…,14" with "TU", or "-1TH"). */
    private static @Nullable Integer week(@Nullable String byday, @Nullable String bymonthday) {
        List<String> codes = byday == null ? List.of() : List.of(byday.strip());
        return ScheduleWords.week(codes, bymonthday == null ? null : bymonthday);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
