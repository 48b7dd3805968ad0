package org.familyhub.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code synonym} token filter (flat, non-graph; what Elasticsearch still offers for index-time
 * synonyms). Put {@code lowercase} before it: see {@link SynonymRules}.
 */
@NamedComponent("synonym")
public class SynonymTokenFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;

    @Inject
    public SynonymTokenFilterFactory(SynonymSettings settings) {
        this.synonyms = SynonymRules.build(settings);
    }

    @Override
    @SuppressWarnings("deprecation") // Lucene deprecates SynonymFilter, but it is what `synonym` means in Elasticsearch.
    public TokenStream create(TokenStream tokenStream) {
        // Lucene rejects an empty map (no rules configured, or all skipped as lenient): pass through.
        return synonyms.fst == null ? tokenStream : new SynonymFilter(tokenStream, synonyms, false);
    }
}
