package org.familyhub.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The names of every category and sub-category, so filters can show words instead of codes. */
@Service
@Transactional(readOnly = true)
public class Topics {

    private final TaxonomyTermRepository terms;

    Topics(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    /** Category code to name, e.g. {@code stay-and-play} to "Stay and play". */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        terms.findAll().stream().filter(t -> t.getTaxonomy().getName().equals(Directory.CATEGORY))
                .forEach(t -> names.put(t.getCode(), t.getName()));
        return names;
    }
}
