package org.familyhub.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The area's school terms, each with its half term: a "term time only" session does not run in a half term
 * or in the holidays between terms. Outside the terms on record (before the first, after the last) nothing is
 * known, and such sessions are taken to run, as they did before term dates were kept.
 */
public record TermDates(List<Term> terms) {

    /** No term dates on record: every date counts as term time. */
    public static final TermDates UNKNOWN = new TermDates(List.of());

    public TermDates {
        terms = terms.stream().sorted(Comparator.comparing(Term::startsOn)).toList();
    }

    /** A term from its first to its last day, both included; the half term likewise, inside it. */
    public record Term(String name, LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate halfTermStartsOn,
            @Nullable LocalDate halfTermEndsOn) {

        public Term {
            if (endsOn.isBefore(startsOn) || halfTermStartsOn != null && (halfTermEndsOn == null
                    || halfTermStartsOn.isBefore(startsOn) || halfTermEndsOn.isAfter(endsOn)
                    || halfTermEndsOn.isBefore(halfTermStartsOn))) {
                throw new IllegalArgumentException("term '" + name + "': dates out of order");
            }
        }

        boolean teachesOn(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn) && !(halfTermStartsOn != null
                    && !date.isBefore(halfTermStartsOn) && !date.isAfter(halfTermEndsOn));
        }
    }

    /** Whether schools are off that day: a half term, or a holiday between two terms on record. */
    public boolean isHoliday(LocalDate date) {
        if (terms.isEmpty() || date.isBefore(terms.getFirst().startsOn()) || date.isAfter(lastDay().orElseThrow())) {
            return false;
        }
        return terms.stream().noneMatch(term -> term.teachesOn(date));
    }

    /** The last day of the last term on record, after which nothing is known. */
    public Optional<LocalDate> lastDay() {
        return terms.stream().map(Term::endsOn).max(Comparator.naturalOrder());
    }
}
