package org.familyhub.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms of one taxonomy as a form offers them: the term's id (what a listing's {@code attributes} carry) and
 * its name in the editor's language, never its code. A taxonomy has at most a few hundred terms.
 */
@Service
@Transactional(readOnly = true)
public class TermChoices {

    /** One term a listing may carry. */
    public record TermChoice(UUID id, String code, String name) {
    }

    private final TaxonomyTermRepository terms;

    TermChoices(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    /** The taxonomy's terms by name, e.g. {@code level-of-need}; none before the content is loaded. */
    public List<TermChoice> of(String taxonomy, @Nullable Locale locale) {
        boolean polish = TermNames.polish(locale);
        return terms.findAll().stream().filter(t -> t.getTaxonomy().getName().equals(taxonomy))
                .map(t -> new TermChoice(t.getId(), t.getCode(),
                        polish && t.getNamePl() != null && !t.getNamePl().isBlank() ? t.getNamePl() : t.getName()))
                .sorted(java.util.Comparator.comparing(TermChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
