package org.familyhub.workspace.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;

/**
 * One session of a listing at a venue, as the editor sets it: how often, on which day(s), from and to what time,
 * whether only in school terms and between which dates. Written as the HSDS schedule fields the portal's
 * timetable reads, exactly as {@code content/} writes them: {@code freq}, {@code interval}, {@code byday},
 * {@code bymonthday} (the week of the month: "8,…,14" is the second), {@code dtstart}, {@code valid_from},
 * {@code valid_to}, {@code opens_at}, {@code closes_at}, and words in {@code description}; term time is said in
 * the words, and {@code term_time_only} is set only when the words would say otherwise.
 *
 * @param weekOfMonth for a monthly session, 1 to 4 (first to fourth), else {@code null}
 */
public record Session(@Nullable String id, Frequency frequency, Set<DayOfWeek> days, @Nullable Integer weekOfMonth,
        LocalTime opens, LocalTime closes, boolean termTimeOnly, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /** How often the session meets. */
    public enum Frequency {
        WEEKLY, FORTNIGHTLY, MONTHLY
    }

    public Session {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** The session a stored schedule describes, if the form can show it (other shapes are kept as they are). */
    public static Optional<Session> of(HsdsDocuments.Schedule schedule) {
        try {
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
                    && (week = week(schedule.bymonthday())) != null) {
                frequency = Frequency.MONTHLY;
            } else {
                return Optional.empty();
            }
            if (days.isEmpty() || schedule.count() != null || schedule.until() != null || schedule.wkst() != null) {
                return Optional.empty();
            }
            return Optional.of(new Session(schedule.id(), frequency, days, week, opens, closes,
                    schedule.inTermTimeOnly(), date(schedule.validFrom()), date(schedule.validTo())));
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

    /** The schedule as content files write it, keeping the stored one's id and, when unchanged, its words. */
    public HsdsDocuments.Schedule toSchedule(String id, LocalDate today) {
        String byday = days.stream().sorted().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
        String bymonthday = frequency == Frequency.MONTHLY && weekOfMonth != null
                ? IntStream.rangeClosed(weekOfMonth * 7 - 6, weekOfMonth * 7).mapToObj(String::valueOf)
                        .collect(Collectors.joining(","))
                : null;
        String words = words();
        Boolean flag = termTimeOnly == saysTermTime(words) ? null : termTimeOnly;
        return new HsdsDocuments.Schedule(id, frequency == Frequency.MONTHLY ? "MONTHLY" : "WEEKLY",
                frequency == Frequency.FORTNIGHTLY ? 2 : 1, byday, bymonthday, firstDate(today).toString(), null,
                null, validFrom == null ? null : validFrom.toString(), validTo == null ? null : validTo.toString(),
                opens.toString(), closes.toString(), null, words, null, flag);
    }

    /** "Every other Thursday, 17:00 to 19:00, term time only". */
    public String words() {
        String dayNames = days.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                .collect(Collectors.joining(", "));
        String when = switch (frequency) {
            case WEEKLY -> "Every " + dayNames;
            case FORTNIGHTLY -> "Every other " + dayNames;
            case MONTHLY -> (weekOfMonth == null ? "" : ORDINALS.get(weekOfMonth - 1) + " ") + dayNames
                    + " of each month";
        };
        return when + ", " + opens + " to " + closes + (termTimeOnly ? ", term time only" : "");
    }

    private static final List<String> ORDINALS = List.of("First", "Second", "Third", "Fourth");

    /** The first day the session meets: the anchor of a fortnight, from its first date (or today). */
    LocalDate firstDate(LocalDate today) {
        LocalDate date = validFrom == null ? today : validFrom;
        for (int i = 0; i < 400; i++, date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek()) && (frequency != Frequency.MONTHLY || weekOfMonth == null
                    || (date.getDayOfMonth() - 1) / 7 + 1 == weekOfMonth)) {
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
                && java.util.Objects.equals(validTo, other.validTo);
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
            String c = code.strip();
            days.add(EnumSet.allOf(DayOfWeek.class).stream().filter(d -> d.name().startsWith(c) && c.length() == 2)
                    .findFirst().orElseThrow());
        }
        return days;
    }

    private static @Nullable Integer week(@Nullable String bymonthday) {
        if (bymonthday == null) {
            return null;
        }
        for (int week = 1; week <= 4; week++) {
            String expected = IntStream.rangeClosed(week * 7 - 6, week * 7).mapToObj(String::valueOf)
                    .collect(Collectors.joining(","));
            if (expected.equals(bymonthday.replace(" ", ""))) {
                return week;
            }
        }
        return null;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
