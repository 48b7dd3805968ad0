package org.familyhub.childcare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funded-hours rules as the council states them in {@code content/childcare/entitlements.json}: dated sets
 * of entitlements (the set in force on a date applies), the term starts a child's eligibility waits for, and the
 * plain-English words the explainer shows. Checked when read, so a council's mistake stops with a clear message.
 *
 * @param termStarts "MM-dd" of the terms a funded place can start
 */
public record EntitlementRules(String title, String source, LocalDate checkedOn, List<String> termStarts,
        String termRule, int weeksPerYear, String stretch, String workingMeans, String supportMeans,
        int maxHoursPerWeek, List<RuleSet> ruleSets, @Nullable Map<String, Words> translations) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public EntitlementRules {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        termStarts = List.copyOf(termStarts);
        ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::appliesFrom)).toList();
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("rule_sets must have at least one set of entitlements");
        }
        if (termStarts.isEmpty()) {
            throw new IllegalArgumentException("term_starts must name at least one date (MM-dd)");
        }
        termStarts.forEach(EntitlementRules::monthDay);
        if (maxHoursPerWeek <= 0) {
            throw new IllegalArgumentException("max_hours_per_week must be more than 0");
        }
    }

    /**
     * The explainer's words in another language ({@code translations.pl} in the file): each one given replaces the
     * English, each one left out stays English, so a council can add a language a sentence at a time.
     */
    public record Words(@Nullable String title, @Nullable String source, @Nullable String termRule,
            @Nullable String stretch, @Nullable String workingMeans, @Nullable String supportMeans) {
    }

    /** An entitlement's name and summary in another language ({@code translations.pl} of the entitlement). */
    public record RuleWords(@Nullable String name, @Nullable String summary) {
    }

    /** The same rules with their words in {@code language} where the council gave them, else in English. */
    public EntitlementRules in(Locale language) {
        Words words = translations.get(language.getLanguage());
        List<RuleSet> sets = ruleSets.stream().map(set -> new RuleSet(set.appliesFrom(),
                set.entitlements().stream().map(rule -> rule.in(language)).toList())).toList();
        if (words == null) {
            return new EntitlementRules(title, source, checkedOn, termStarts, termRule, weeksPerYear, stretch,
                    workingMeans, supportMeans, maxHoursPerWeek, sets, translations);
        }
        return new EntitlementRules(or(words.title(), title), or(words.source(), source), checkedOn, termStarts,
                or(words.termRule(), termRule), weeksPerYear, or(words.stretch(), stretch),
                or(words.workingMeans(), workingMeans), or(words.supportMeans(), supportMeans), maxHoursPerWeek,
                sets, translations);
    }

    private static String or(@Nullable String translated, String english) {
        return translated == null || translated.isBlank() ? english : translated;
    }

    /** The entitlements in force on a date since {@code appliesFrom}, until the next set's date. */
    public record RuleSet(LocalDate appliesFrom, List<Rule> entitlements) {

        public RuleSet {
            entitlements = List.copyOf(entitlements);
            for (Rule rule : entitlements) {
                if (Entitlement.ofCode(rule.code()).isEmpty()) {
                    throw new IllegalArgumentException("unknown entitlement code '" + rule.code() + "' in the set from "
                            + appliesFrom + "; use two-year-olds, universal, extended or working-parent");
                }
                if (rule.fromMonths() < 0 || rule.untilMonths() <= rule.fromMonths() || rule.hoursPerWeek() <= 0) {
                    throw new IllegalArgumentException("entitlement '" + rule.code() + "' from " + appliesFrom
                            + ": from_months must be below until_months and hours_per_week more than 0");
                }
            }
        }
    }

    /**
     * One entitlement: for children from {@code fromMonths} old until {@code untilMonths} (each counted from the
     * term after the child reaches it), for families that meet {@code needs}.
     */
    public record Rule(String code, String name, int hoursPerWeek, int fromMonths, int untilMonths, Need needs,
            String summary, @Nullable Map<String, RuleWords> translations) {

        public Rule {
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }

        Rule in(Locale language) {
            RuleWords words = translations.get(language.getLanguage());
            return words == null ? this : new Rule(code, or(words.name(), name), hoursPerWeek, fromMonths,
                    untilMonths, needs, or(words.summary(), summary), translations);
        }

        public Entitlement entitlement() {
            return Entitlement.ofCode(code).orElseThrow();
        }
    }

    /** What a family must be for an entitlement: nothing, working, or getting certain support. */
    public enum Need {
        NONE, WORKING, SUPPORT;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Need of(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The set in force on a date; empty before the first set applies. */
    public java.util.Optional<RuleSet> inForceOn(LocalDate date) {
        RuleSet found = null;
        for (RuleSet set : ruleSets) {
            if (!set.appliesFrom().isAfter(date)) {
                found = set;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The first term start strictly after {@code date}: a child who turns 2 on 1 January starts on 1 April. */
    public LocalDate termAfter(LocalDate date) {
        LocalDate best = monthDay(termStarts.get(0)).atYear(date.getYear() + 2);
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            for (String start : termStarts) {
                LocalDate candidate = monthDay(start).atYear(year);
                if (candidate.isAfter(date) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    public static EntitlementRules read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the funded-hours rules " + file + ": " + e.getMessage(), e);
        }
    }

    static EntitlementRules read(InputStream in, String name) {
        try {
            return JSON.readValue(in, EntitlementRules.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("The funded-hours rules in " + name + " are not valid: "
                    + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static MonthDay monthDay(String value) {
        return MonthDay.parse("--" + value);
    }
}
