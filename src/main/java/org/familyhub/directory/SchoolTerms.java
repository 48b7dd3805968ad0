package org.familyhub.directory;

import org.familyhub.directory.domain.SchoolTermRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The area's term dates, as loaded from {@code content/term-dates.json}: a few rows, read whole. */
@Service
@Transactional(readOnly = true)
public class SchoolTerms {

    private final SchoolTermRepository terms;

    SchoolTerms(SchoolTermRepository terms) {
        this.terms = terms;
    }

    public TermDates termDates() {
        return new TermDates(terms.findAllByOrderByStartsOn().stream()
                .map(t -> new TermDates.Term(t.getName(), t.getStartsOn(), t.getEndsOn(), t.getHalfTermStartsOn(),
                        t.getHalfTermEndsOn()))
                .toList());
    }
}
