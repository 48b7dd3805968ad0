package org.familyhub.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code synonym_graph} token filter. Put {@code lowercase} before it in the analyzer: see
 * {@link SynonymRules} for why.
 */
@NamedComponent("synonym_graph")
public class SynonymGraphTokenFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;

    @Inject
    public SynonymGraphTokenFilterFactory(SynonymSettings settings) {
        this.synonyms = SynonymRules.build(settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // Lucene rejects an empty map (no rules configured, or all skipped as lenient): pass through.
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, false);
    }
}
