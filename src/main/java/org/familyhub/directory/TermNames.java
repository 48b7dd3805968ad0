package org.familyhub.directory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of taxonomy terms (topics, venue types, …) in the reader's language. Searches and pages carry codes;
 * the words come from this small table, read once (a council has a few hundred terms, which change only when
 * content is loaded at start), never per service. A term without a Polish name shows its English one,
 * {@linkplain Label#untranslated() marked} so the page can say it is English.
 */
@Service
@Transactional(readOnly = true)
public class TermNames {

    /**
     * A term's words for one reader.
     *
     * @param untranslated the English words shown on a Polish page for lack of a translation
     */
    public record Label(String text, boolean untranslated) {
    }

    private record Names(String english, @Nullable String polish, @Nullable String description,
            @Nullable String descriptionPl) {
    }

    private final TaxonomyTermRepository terms;
    private volatile @Nullable Map<String, Map<String, Names>> table;

    TermNames(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    /** A topic's name, e.g. {@code stay-and-play}: "Stay and play", "Zabawa z rodzicami (stay and play)". */
    public Label topic(String code, @Nullable Locale locale) {
        return name(Directory.CATEGORY, code, locale);
    }

    public Optional<Label> topicDescription(String code, @Nullable Locale locale) {
        return description(Directory.CATEGORY, code, locale);
    }

    /** Topic code to name in the reader's language, for filters and chips. */
    public Map<String, String> topics(@Nullable Locale locale) {
        return names(Directory.CATEGORY, locale);
    }

    /** The term's name, e.g. {@code stay-and-play} in {@code category}: "Stay and play"; the code if unknown. */
    public Label name(String taxonomy, String code, @Nullable Locale locale) {
        Names names = names(taxonomy).get(code);
        if (names == null) {
            return new Label(code, false);
        }
        return choose(names.english(), names.polish(), locale);
    }

    /**
     * A term's name by its id, as listing documents refer to terms ({@code attributes[].taxonomy_term_id}): for
     * words about a change to one listing, so it reads only the few terms asked for.
     */
    public Optional<String> nameOf(java.util.UUID termId, @Nullable Locale locale) {
        return terms.findById(termId).map(term -> choose(term.getName(), term.getNamePl(), locale).text());
    }

    /** The term's description, when it has one. */
    public Optional<Label> description(String taxonomy, String code, @Nullable Locale locale) {
        Names names = names(taxonomy).get(code);
        return names == null || names.description() == null ? Optional.empty()
                : Optional.of(choose(names.description(), names.descriptionPl(), locale));
    }

    /** Code to name for one taxonomy in the reader's language, e.g. for filters. */
    public Map<String, String> names(String taxonomy, @Nullable Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        names(taxonomy).forEach((code, names) -> out.put(code, choose(names.english(), names.polish(), locale).text()));
        return out;
    }

    /** An administrator changed a topic (#15): the table is read again on its next use. */
    @org.springframework.context.event.EventListener
    void on(ReferenceDataChanged changed) {
        table = null;
    }

    /** Whether a page in this language is Polish. */
    public static boolean polish(@Nullable Locale locale) {
        return locale != null && "pl".equals(locale.getLanguage());
    }

    private static Label choose(String english, @Nullable String polish, @Nullable Locale locale) {
        if (!polish(locale)) {
            return new Label(english, false);
        }
        return polish == null || polish.isBlank() ? new Label(english, true) : new Label(polish, false);
    }

    private Map<String, Names> names(String taxonomy) {
        Map<String, Map<String, Names>> loaded = table;
        if (loaded == null) {
            loaded = load();
            if (!loaded.isEmpty()) { // not before the content is loaded
                table = loaded;
            }
        }
        return loaded.getOrDefault(taxonomy, Map.of());
    }

    private Map<String, Map<String, Names>> load() {
        Map<String, Map<String, Names>> loaded = new HashMap<>();
        for (TaxonomyTerm term : terms.findAll()) {
            loaded.computeIfAbsent(term.getTaxonomy().getName(), name -> new LinkedHashMap<>()).put(term.getCode(),
                    new Names(term.getName(), term.getNamePl(), term.getDescription(), term.getDescriptionPl()));
        }
        return Map.copyOf(loaded);
    }
}
